### Dialogue (IV.1–IV.4): meetings, outcome documents, decisions and commitments.
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

dialogue-meetings-title = Reuniones
dialogue-meetings-intro = Cumbres, reuniones ministeriales, conferencias, consultas y diálogos ad hoc convocados en la plataforma, con sus programas, delegaciones, documentos finales y decisiones.
dialogue-meetings-upcoming = Próximas y en curso
dialogue-meetings-past = Reuniones anteriores
dialogue-meetings-count =
    { $count ->
        [one] { $count } reunión
       *[other] { $count } reuniones
    }
dialogue-meetings-empty = Todavía no se ha convocado ninguna reunión.
dialogue-meetings-empty-filtered = Ninguna reunión coincide con estos filtros.
dialogue-meetings-filter-mechanism = Mecanismo
dialogue-meetings-filter-any-mechanism = Cualquier mecanismo
dialogue-meetings-filter-party = Parte
dialogue-meetings-filter-when = Fecha
dialogue-meetings-filter-all = Próximas y anteriores
dialogue-meetings-filter-upcoming = Próximas y en curso
dialogue-meetings-filter-past = Anteriores
dialogue-meetings-filter-mine = Solo las reuniones de mi parte
dialogue-meetings-calendar-of = Calendario de { $party } (iCalendar)
dialogue-meeting-convene = Convocar una reunión
dialogue-meeting-column-meeting = Reunión
dialogue-meeting-column-dates = Fechas
dialogue-meeting-column-place = Lugar
dialogue-meeting-column-convener = Convocante
dialogue-meeting-column-participation = Participación
dialogue-meeting-column-party = Parte
dialogue-meeting-column-capacity = En calidad de
dialogue-meeting-column-delegates = Delegación
dialogue-meeting-column-decision = Decisión sobre la inscripción
dialogue-meeting-online = En línea
dialogue-meeting-count-members =
    { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    }
dialogue-meeting-count-observers =
    { $count ->
        [one] { $count } observador
       *[other] { $count } observadores
    }
dialogue-meeting-count-pending =
    { $count ->
        [one] { $count } solicitud pendiente
       *[other] { $count } solicitudes pendientes
    }
dialogue-meeting-count-invited =
    { $count ->
        [one] { $count } invitación sin respuesta
       *[other] { $count } invitaciones sin respuesta
    }
dialogue-meeting-phase-upcoming = Próxima
dialogue-meeting-phase-in-session = En curso
dialogue-meeting-phase-concluded = Concluida
dialogue-meeting-phase-cancelled = Cancelada
dialogue-meeting-kind-summit = Cumbre
dialogue-meeting-kind-ministerial = Reunión ministerial
dialogue-meeting-kind-conference = Conferencia
dialogue-meeting-kind-forum = Foro
dialogue-meeting-kind-consultation = Consultas
dialogue-meeting-kind-expert-meeting = Reunión de expertos
dialogue-meeting-kind-bilateral-dialogue = Diálogo bilateral
dialogue-meeting-capacity-member = Miembro
dialogue-meeting-capacity-observer = Observador
dialogue-meeting-capacity-guest = Invitado
dialogue-meeting-registration-invited = Invitada
dialogue-meeting-registration-requested = Pendiente de aprobación
dialogue-meeting-registration-approved = Aprobada
dialogue-meeting-registration-declined = Rechazada
dialogue-meeting-registration-withdrawn = Retirada

dialogue-meeting-convene-title = Convocar una reunión
dialogue-meeting-convene-as-mechanism = Convoca la reunión { $party }, cuya secretaría le presta servicios y preside la adopción de sus decisiones.
dialogue-meeting-convene-ad-hoc = Su parte convoca una reunión ad hoc con las partes que invite; la preside y participa en ella en calidad de miembro.
dialogue-meeting-convene-not-permitted = Su función no le permite convocar reuniones en nombre de su parte.
dialogue-meeting-series-help = Los documentos aprobados en la reunión se numeran en la serie { $series }.
dialogue-meeting-field-kind = Tipo de reunión
dialogue-meeting-field-title = Título
dialogue-meeting-field-dates = Fechas
dialogue-meeting-field-opens = Apertura
dialogue-meeting-field-closes = Clausura
dialogue-meeting-field-place = Lugar
dialogue-meeting-field-place-help = Ciudad y lugar. Indique un lugar, una dirección en línea o ambos.
dialogue-meeting-field-online = Dirección en línea
dialogue-meeting-field-languages = Idiomas de trabajo
dialogue-meeting-field-agenda = Programa
dialogue-meeting-field-agenda-help = Un tema por línea, en orden. Para vincular un tema con prioridades del documento de concepto, termine la línea con una barra vertical seguida de las referencias; por ejemplo: Alerta temprana sobre ríos transfronterizos | III.11, III.20
dialogue-meeting-field-rule = Regla de decisión
dialogue-meeting-field-rule-default = La regla predeterminada del mecanismo
dialogue-meeting-field-invited = Invitaciones
dialogue-meeting-field-invited-help-mechanism = Opcional. Los miembros del mecanismo se inscriben por sí mismos; puede invitar a otras partes en calidad de observadores o de invitados.
dialogue-meeting-field-invited-help-ad-hoc = Invite al menos a una parte en calidad de miembro. Una invitación es un ofrecimiento: una parte solo participa una vez que la acepta.
dialogue-meeting-field-invited-members = Partes invitadas en calidad de miembros
dialogue-meeting-field-invited-ids = Otras partes invitadas en calidad de miembros (códigos separados por comas)
dialogue-meeting-field-observers = Partes invitadas en calidad de observadores (códigos separados por comas)
dialogue-meeting-convene-submit = Convocar la reunión
dialogue-meeting-error-dates = Indique las fechas de apertura y de clausura.
dialogue-meeting-error-agenda-priority = Línea { $line } del programa: «{ $priority }» no es una prioridad del documento de concepto (utilice III.1 a III.20).
dialogue-meeting-error-not-found = No existe ninguna reunión con este identificador.
dialogue-meeting-error-item = Elija un tema del programa.
dialogue-meeting-error-revised-meanwhile = Otra persona modificó la reunión después de que usted abriera este formulario, por lo que no se cambió nada. Vuelva a abrir el formulario para ver la reunión tal como está ahora.

dialogue-meeting-done-convened = La reunión se ha convocado. Su registro está firmado y figura en el registro público.
dialogue-meeting-done-registered = Su inscripción se ha registrado.
dialogue-meeting-done-withdrawn = Su inscripción se ha retirado.
dialogue-meeting-done-approved = La inscripción se ha aprobado.
dialogue-meeting-done-declined = La inscripción se ha rechazado.
dialogue-meeting-done-floor = Su delegado se ha añadido a la lista de oradores.
dialogue-meeting-done-floor-withdrawn = Su delegado se ha retirado de la lista de oradores.
dialogue-meeting-done-attached = El documento se ha adjuntado al tema del programa.
dialogue-meeting-done-cancelled = La reunión se ha cancelado.
dialogue-meeting-done-revised = La reunión se ha revisado. Su registro está firmado y figura en el registro público.
dialogue-meeting-cancelled-because = Esta reunión se ha cancelado:
dialogue-meeting-ics = Añadir al calendario (.ics)
dialogue-meeting-convener = Convocante
dialogue-meeting-ad-hoc = reunión ad hoc
dialogue-meeting-allowed-rules = Reglas que admite el mecanismo
dialogue-meeting-series = Serie de documentos
dialogue-meeting-convened-on = Fecha de convocatoria
dialogue-meeting-revised-on = Fecha de revisión
dialogue-meeting-agenda = Programa
dialogue-meeting-speakers = Lista de oradores
dialogue-meeting-speakers-empty = Ninguna delegación ha pedido la palabra sobre este tema.
dialogue-meeting-floor-delegate = Orador
dialogue-meeting-floor-request = Pedir la palabra
dialogue-meeting-floor-withdraw = Retirarse de la lista de oradores
dialogue-meeting-floor-no-delegates = Para pedir la palabra, indique en su inscripción los nombres de sus delegados.
dialogue-meeting-attach = Adjuntar un documento a este tema
dialogue-meeting-attach-title = Título del documento
dialogue-meeting-attach-url = Dirección (https://…)
dialogue-meeting-attach-submit = Adjuntar
dialogue-meeting-participants = Participantes
dialogue-meeting-participants-empty = Todavía no se ha inscrito ninguna parte.
dialogue-meeting-approve = Aprobar
dialogue-meeting-decline = Rechazar
dialogue-meeting-registration = Su delegación
dialogue-meeting-registration-yours = Inscripción de su parte:
dialogue-meeting-field-delegates = Delegados
dialogue-meeting-field-delegates-help = Un nombre por línea, empezando por el jefe de la delegación.
dialogue-meeting-register = Inscribir a la delegación
dialogue-meeting-accept-invitation = Aceptar la invitación
dialogue-meeting-decline-invitation = Declinar la invitación
dialogue-meeting-update-delegation = Actualizar la delegación
dialogue-meeting-update-request = Actualizar la solicitud
dialogue-meeting-withdraw = Retirar la inscripción
dialogue-meeting-documents = Documentos finales
dialogue-meeting-documents-empty = No se ha presentado ningún proyecto en esta reunión.
dialogue-meeting-cancel = Cancelar la reunión
dialogue-meeting-cancel-reason = Motivo, tal como se mostrará a los participantes
dialogue-meeting-cancel-submit = Cancelar la reunión
dialogue-meeting-revise = Revisar la reunión
dialogue-meeting-revise-help = Publique un programa revisado, cambie las fechas o el lugar, o añada una dirección en línea. Los participantes ven la reunión revisada, y la revisión constituye un registro firmado en el registro público.
dialogue-meeting-revise-place-help = Déjelo en blanco para celebrar la reunión solo en línea; indique un lugar, una dirección en línea o ambos.
dialogue-meeting-revise-agenda-help = Un tema por línea, en orden, con el formato «Título | III.11, III.20». Las líneas se corresponden con los temas actuales según su posición: la primera línea es el tema 1, y así sucesivamente; cada tema conserva sus oradores y sus documentos. Las líneas adicionales añaden temas al final. Si se borran las últimas líneas, se suprimen esos temas, lo que no se permite si un tema tiene oradores o documentos adjuntos.
dialogue-meeting-revise-submit = Revisar la reunión

dialogue-rule-consensus = Consenso
dialogue-rule-consensus-help = Se aprueba si ningún miembro presente formula una objeción formal; mantenerse al margen o estar ausente no impide la aprobación.
dialogue-rule-consensus-minus-x = Consenso menos X
dialogue-rule-consensus-minus-x-help = Los miembros pueden excluirse voluntariamente sin impedir la aprobación; se aprueba si ningún miembro presente formula objeciones y al menos uno participa.
dialogue-rule-consensus-minus-one = Consenso menos uno
dialogue-rule-consensus-minus-one-help = La objeción de la parte interesada no impide la aprobación; la de cualquier otro miembro, sí.
dialogue-rule-silence = Procedimiento de acuerdo tácito
dialogue-rule-silence-help = Se aprueba al vencer el plazo, salvo que antes un miembro rompa el silencio formulando una objeción.
dialogue-rule-simple-majority = Mayoría simple
dialogue-rule-simple-majority-help = Se aprueba con más votos a favor que en contra de los miembros presentes y votantes; las abstenciones no se cuentan.
dialogue-rule-two-thirds-majority = Mayoría de dos tercios
dialogue-rule-two-thirds-majority-help = Se aprueba si al menos dos tercios de los votos emitidos son a favor; las abstenciones no se cuentan.
dialogue-rule-security-council = Regla del Consejo de Seguridad
dialogue-rule-security-council-help = Nueve votos afirmativos de quince, sin ningún voto negativo de un miembro permanente; las partes en una controversia en virtud del Capítulo VI se abstienen (Artículo 27 de la Carta).
dialogue-rule-default-marker = { $rule } (predeterminada)

dialogue-document-error-not-found = No existe ningún documento final con este identificador.
dialogue-document-error-paragraph-number = Indique un número de párrafo.
dialogue-document-table-draft = Presentar un proyecto de documento final
dialogue-document-table-draft-submit = Presentar el proyecto
dialogue-document-field-title = Título del documento
dialogue-document-field-priorities-help = Opcional. Mantenga pulsada la tecla Ctrl (o ⌘) para seleccionar varias.
dialogue-document-field-paragraphs = Texto
dialogue-document-field-paragraphs-help = Separe los párrafos con una línea en blanco. Los párrafos se numeran por orden.
dialogue-document-column-title = Documento
dialogue-document-column-version = Versión
dialogue-document-proposed-by = Presentado por
dialogue-document-symbol = Signatura
dialogue-document-amendment-count =
    { $count ->
        [one] { $count } enmienda
       *[other] { $count } enmiendas
    }
dialogue-document-status-drafting = En redacción
dialogue-document-status-in-decision = Decisión abierta
dialogue-document-status-adopted = Aprobado
dialogue-document-status-not-adopted = No aprobado
dialogue-document-meeting = Reunión
dialogue-document-chair = Presidencia
dialogue-document-current-version = Versión { $version } del { $date }
dialogue-document-current-text = Texto actual
dialogue-document-text-of-version = Texto de la versión
dialogue-document-show-version = Versión
dialogue-document-show = Mostrar
dialogue-document-un-symbol = Signatura del documento de las Naciones Unidas
dialogue-document-versions = Versiones y cambios
dialogue-document-one-version = El texto no se ha enmendado: solo existe el proyecto.
dialogue-document-done-drafted = El proyecto se ha presentado.
dialogue-document-done-amended = Su enmienda se ha propuesto. La Presidencia la aceptará o la rechazará.
dialogue-document-done-accepted = La enmienda se ha aceptado; el texto tiene una nueva versión.
dialogue-document-done-rejected = La enmienda se ha rechazado.
dialogue-document-done-opened = La decisión está abierta. Los miembros ya pueden registrar sus posiciones.
dialogue-document-done-position = Su posición se ha registrado.
dialogue-document-done-closed = La decisión se ha cerrado.
dialogue-document-done-commitment = El compromiso se ha registrado.
dialogue-document-done-reported = Su informe sobre la aplicación se ha registrado.
dialogue-version-draft = Versión { $version } — proyecto, { $date }
dialogue-version-amended = Versión { $version } — enmienda { $amendment }, { $date }
dialogue-diff-title = Cambios de la versión { $from } a la versión { $to }
dialogue-diff-from = De la versión
dialogue-diff-to = A la versión
dialogue-diff-compare = Comparar
dialogue-diff-legend = Leyenda:
dialogue-diff-legend-deleted = suprimido
dialogue-diff-legend-inserted = insertado
dialogue-diff-same = Las dos versiones son idénticas.
dialogue-diff-unchanged = Párrafo { $number }, sin cambios
dialogue-diff-changed = Párrafo { $number }, enmendado
dialogue-diff-inserted = Párrafo { $number }, insertado
dialogue-diff-deleted = Antiguo párrafo { $number }, suprimido

dialogue-amendments = Enmiendas
dialogue-amendments-empty = No se ha propuesto ninguna enmienda.
dialogue-amendment-column-number = N.º
dialogue-amendment-column-by = Propuesta por
dialogue-amendment-column-change = Cambio
dialogue-amendment-column-text = Texto propuesto
dialogue-amendment-reason = Motivo:
dialogue-amendment-against = sobre la versión { $version }
dialogue-amendment-produced = Dio lugar a la versión { $version }
dialogue-amendment-op-replace-n = Sustituir el párrafo { $number }
dialogue-amendment-op-insert-n = Insertar después del párrafo { $number }
dialogue-amendment-op-insert-first = Insertar antes del párrafo 1
dialogue-amendment-op-delete-n = Suprimir el párrafo { $number }
dialogue-amendment-status-proposed = Propuesta
dialogue-amendment-status-accepted = Aceptada
dialogue-amendment-status-rejected = Rechazada
dialogue-amendment-accept = Aceptar
dialogue-amendment-reject = Rechazar
dialogue-amendment-propose = Proponer una enmienda
dialogue-amendment-field-op = Cambio
dialogue-amendment-op-replace = Sustituir el párrafo
dialogue-amendment-op-insert = Insertar un nuevo párrafo después del indicado
dialogue-amendment-op-delete = Suprimir el párrafo
dialogue-amendment-field-paragraph = Número de párrafo
dialogue-amendment-field-paragraph-help =
    { $count ->
        [one] El texto actual tiene { $count } párrafo. Para insertar al principio, indique 0.
       *[other] El texto actual tiene { $count } párrafos. Para insertar al principio, indique 0.
    }
dialogue-amendment-field-text = Texto propuesto
dialogue-amendment-field-text-help = El párrafo completo, tal como debe quedar redactado. Déjelo en blanco para suprimirlo.
dialogue-amendment-field-reason = Motivo (opcional)
dialogue-amendment-submit = Proponer la enmienda

dialogue-decision = Decisión
dialogue-decision-is-open = abierta
dialogue-decision-none = No se ha abierto ninguna decisión sobre este documento.
dialogue-decision-rule = Regla
dialogue-decision-on-version = Sobre la versión
dialogue-decision-opened = Apertura
dialogue-decision-members = Miembros que deciden
dialogue-decision-party-concerned-is = parte interesada: { $party }
dialogue-decision-deadline-is = plazo de silencio hasta el { $date }
dialogue-decision-chapter-vi-are = partes en la controversia: { $parties }
dialogue-decision-your-position = Posición de su parte:
dialogue-decision-position = Posición
dialogue-decision-comfort = Grado de conformidad (opcional)
dialogue-decision-comfort-none = No indicado
dialogue-decision-comfort-help = El grado de conformidad de su parte con el consenso al que se suma o del que se mantiene al margen; solo se registra con las posiciones «Apoyo» y «Al margen».
dialogue-decision-record-position = Registrar la posición
dialogue-decision-close = Cerrar la decisión
dialogue-decision-close-help = Al cerrar la decisión se fija el resultado. Si el documento se aprueba, recibe la signatura siguiente de la serie.
dialogue-decision-close-pending = El procedimiento de acuerdo tácito sigue en curso; la decisión podrá cerrarse una vez vencido el plazo.
dialogue-decision-blocked-by-amendment = La enmienda { $number } debe aceptarse o rechazarse antes de que pueda abrirse una decisión.
dialogue-decision-open = Abrir una decisión
dialogue-decision-open-help = La decisión se adopta sobre la versión { $version } del texto, que no se modifica hasta que se cierre la decisión. Deciden los miembros de la reunión cuya inscripción se ha aprobado.
dialogue-decision-deadline = Plazo (UTC)
dialogue-decision-deadline-help = Solo para el procedimiento de acuerdo tácito.
dialogue-decision-party-concerned = Parte interesada
dialogue-decision-party-concerned-help = Solo para el consenso menos uno.
dialogue-decision-chapter-vi = Partes en la controversia (Capítulo VI)
dialogue-decision-chapter-vi-help = Solo para la regla del Consejo de Seguridad; estas partes se abstienen.
dialogue-decision-open-submit = Abrir la decisión
dialogue-decision-history = Decisiones adoptadas
dialogue-decision-error-party-concerned = Elija la parte interesada.
dialogue-decision-error-deadline = Indique el plazo del procedimiento de acuerdo tácito.
dialogue-decision-error-position = Elija una posición.
dialogue-position-support = Apoyo
dialogue-position-stand-aside = Al margen
dialogue-position-object = Objeción
dialogue-position-opt-out = Exclusión voluntaria
dialogue-position-yes = Sí
dialogue-position-no = No
dialogue-position-abstain = Abstención
dialogue-comfort-support = Pleno apoyo
dialogue-comfort-can-live-with-it = Puede aceptarlo
dialogue-comfort-reservations = Con reservas

dialogue-tally-live = Recuento en tiempo real
dialogue-tally-final = Recuento
dialogue-tally-chart-title = Posiciones en la decisión { $number }
dialogue-tally-members =
    { $count ->
        [one] { $count } miembro que decide
       *[other] { $count } miembros que deciden
    }
dialogue-tally-not-yet = Sin posición todavía
dialogue-tally-not-voting = No participan en la votación
dialogue-tally-position = Posición
dialogue-tally-count = Miembros
dialogue-tally-comfort = Grado de conformidad: pleno apoyo { $support }, puede aceptarlo { $live }, con reservas { $reservations }.
dialogue-tally-comfort-level = Grado de conformidad
dialogue-reason-no-quorum = No aprobado: no hay quórum ({ $present } de { $members } miembros presentes; se requieren { $required }).
dialogue-reason-objection = No aprobado: objeción formal de { $parties }.
dialogue-reason-only-party-concerned-present = No aprobado: ningún miembro distinto de la parte interesada ({ $party }) estaba presente.
dialogue-reason-nobody-present = No aprobado: ningún miembro estaba presente.
dialogue-reason-everyone-opted-out = No aprobado: todos los miembros presentes optaron por no participar.
dialogue-reason-adopted-with-opt-outs = Aprobado: ningún miembro presente formuló objeciones; { $in } participan y { $out } optaron por no participar ({ $parties }).
dialogue-reason-adopted-over-party-concerned = Aprobado: ningún miembro presente formuló objeciones salvo la parte interesada ({ $party }), cuya objeción no bloquea la decisión.
dialogue-reason-adopted-without-objection = Aprobado: ningún miembro presente formuló objeciones.
dialogue-reason-silence-broken = No aprobado: { $parties } rompió el silencio.
dialogue-reason-silence-running = En curso: el procedimiento de acuerdo tácito sigue abierto hasta el { $date }; ningún miembro ha roto el silencio.
dialogue-reason-silence-kept = Aprobado: el procedimiento de acuerdo tácito concluyó el { $date } sin que ningún miembro rompiera el silencio.
dialogue-reason-majority-in-favour = Aprobado por mayoría simple: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones.
dialogue-reason-majority-tied = No aprobado: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones; en caso de empate, la propuesta se rechaza.
dialogue-reason-majority-against = No aprobado: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones.
dialogue-reason-two-thirds-in-favour = Aprobado por mayoría de dos tercios: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones.
dialogue-reason-two-thirds-short = No aprobado: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones; se requieren dos tercios de los votos emitidos a favor.
dialogue-reason-council-too-few-votes = No aprobado: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones; se requieren { $required } votos a favor.
dialogue-reason-council-veto =
    { $count ->
        [one] No aprobado: veto de { $parties } (miembro permanente).
       *[other] No aprobado: veto de { $parties } (miembros permanentes).
    }
dialogue-reason-council-adopted = Aprobado: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones; ningún miembro permanente votó en contra.
dialogue-tally-recorded = Registrada
dialogue-tally-no-position = Sin posición
dialogue-tally-so-far = Hasta el momento:
dialogue-tally-if-closed-now = Si la decisión se cerrara ahora:
dialogue-tally-outcome = Resultado:
dialogue-tally-by-member = Posiciones por miembro
dialogue-tally-refresh = Actualizar el recuento
dialogue-tally-refresh-help = se actualiza automáticamente cada pocos segundos cuando JavaScript está habilitado.
dialogue-tally-closed-help = Esta decisión está cerrada; el recuento es definitivo.
dialogue-tally-reload = Mostrar el panel de la decisión

dialogue-adoption = Constancia de la aprobación
dialogue-adoption-date = Fecha de aprobación
dialogue-adoption-text-hash = Hash del texto (SHA-256)
dialogue-adoption-text-hash-help = Cualquier persona puede volver a calcularlo a partir del texto aprobado: el título, una línea en blanco y, a continuación, cada párrafo en su propia línea con el formato «n. texto».
dialogue-adoption-text-file = El texto aprobado como archivo
dialogue-adoption-text-file-help = Compruébelo usted mismo: sha256sum { $file } muestra el hash indicado arriba.
dialogue-adoption-in = Participantes
dialogue-adoption-out = Excluidos voluntariamente
dialogue-adoption-positions = Posiciones en el momento de la aprobación

dialogue-commitments = Compromisos
dialogue-commitment = Compromiso
dialogue-commitments-none-yet = Todavía no se ha señalado ningún párrafo como compromiso.
dialogue-commitment-paragraph = Párrafo
dialogue-commitment-due = Plazo
dialogue-commitment-parties = Partes comprometidas
dialogue-commitment-parties-help = Solo los miembros que se sumaron a la aprobación pueden quedar comprometidos por ella: los que la apoyaron o votaron a favor y, en un procedimiento de acuerdo tácito, los que guardaron silencio. No los que se mantuvieron al margen, se excluyeron voluntariamente, formularon objeciones, votaron en contra, se abstuvieron o estuvieron ausentes.
dialogue-commitment-mark = Señalar un párrafo como compromiso
dialogue-commitment-mark-submit = Registrar el compromiso
dialogue-commitment-reports = Informes sobre la aplicación
dialogue-commitment-report = Informe sobre la aplicación
dialogue-commitment-narrative = Medidas adoptadas
dialogue-commitment-evidence = Pruebas (enlaces, uno por línea)
dialogue-commitment-evidence-help = Direcciones que comiencen por https:// o http://, 20 como máximo.
dialogue-commitment-report-submit = Presentar el informe
dialogue-commitment-error-due = Indique el plazo en forma de fecha.
dialogue-commitment-status-not-started = Sin iniciar
dialogue-commitment-status-in-progress = En curso
dialogue-commitment-status-completed = Cumplido
dialogue-commitment-status-delayed = Con retraso
dialogue-commitment-status-no-report = Aún sin informe

dialogue-commitments-title = Seguimiento de los compromisos
dialogue-commitments-intro = Lo que las partes se comprometieron a hacer en los documentos finales aprobados y lo que informan sobre su aplicación: por documento, por parte y por prioridad del documento de concepto.
dialogue-commitments-filter-document = Documento
dialogue-commitments-count =
    { $count ->
        [one] { $count } compromiso
       *[other] { $count } compromisos
    }
dialogue-commitments-empty = Ningún documento aprobado contiene compromisos todavía.
dialogue-commitments-empty-filtered = Ningún compromiso coincide con estos filtros.
dialogue-commitments-progress = { $completed } de { $total } cumplidos
dialogue-commitments-by-document = Por documento
dialogue-commitments-by-party = Por parte
dialogue-commitments-by-priority = Por prioridad
dialogue-commitments-list = Todos los compromisos
dialogue-commitments-column-commitments = Compromisos
dialogue-commitments-column-progress = Grado de avance
dialogue-commitments-reports =
    { $count ->
        [one] { $count } informe
       *[other] { $count } informes
    }
dialogue-records-title = Registros firmados
dialogue-records-help = Cada paso anterior es un registro firmado por la parte que lo dio y conservado en el registro de transparencia. En la página de cada registro, su navegador vuelve a verificar la prueba de inclusión.

## Rechazos: cada regla dice por qué (declarados en los archivos refusals.rs; el inglés es la declaración)

refusal-decision-dispute-party-must-abstain = { $party } es parte en la controversia en virtud del Capítulo VI y debe abstenerse (Artículo 27, párrafo 3)
refusal-decision-position-does-not-fit = { $party } adoptó la posición «{ $position }», que no corresponde a la regla { $rule }: use { $fits }
refusal-decision-not-present = { $party } no está presente y no puede adoptar una posición
refusal-decision-not-a-member-cannot-take-position = { $party } no es miembro del órgano y no puede adoptar una posición
refusal-decision-security-council-composition = el Consejo de Seguridad tiene { $size } miembros, de los cuales { $permanent_seats } son permanentes; este órgano tiene { $members } miembros, de los cuales { $permanent } son permanentes
refusal-decision-party-concerned-not-member = la parte interesada, { $party_concerned }, no es miembro del órgano
refusal-decision-silence-has-no-quorum = el procedimiento de acuerdo tácito no tiene quórum: la presencia no se aplica a él
refusal-decision-quorum-not-a-fraction = un quórum de { $num }/{ $den } no es una fracción entre 0 y 1
refusal-decision-present-not-member = { $party } figura como presente pero no es miembro del órgano
refusal-decision-member-twice = { $party } figura dos veces como miembro
refusal-decision-body-without-members = un órgano de decisión necesita al menos un miembro
refusal-decision-comfort-with-wrong-position = { $party } indica un grado de conformidad con «{ $position }»; un grado de conformidad solo acompaña al apoyo o a la no obstrucción
refusal-decision-not-a-member-takes-no-position = { $party } no es miembro de este órgano y no adopta posición en él
refusal-decision-not-a-quorum = «{ $value }» no es un quórum: use un número de miembros, como 10, o una fracción de los miembros, como 2/3
refusal-decision-consensus-minus-one-needs-party = el consenso menos uno requiere party_concerned: la parte cuya objeción no bloquea
refusal-decision-silence-needs-deadline = el procedimiento de acuerdo tácito necesita un plazo
refusal-decision-does-not-apply-to-rule = { $field } no se aplica a la regla { $rule }
refusal-decision-not-one-of = «{ $value }» no es { $what }: use { $listed }
refusal-decision-not-a-position = «{ $value }» no es una posición: use support, stand_aside, object u opt_out con una regla de consenso, y yes, no o abstain en una votación
refusal-dialogue-default-not-allowed = la regla por defecto, { $rule }, no está entre las reglas admitidas
refusal-dialogue-no-allowed-rule = un mecanismo admite al menos una regla
refusal-dialogue-state-declares-no-rules = { $party } es un Estado; solo los mecanismos y las organizaciones declaran reglas de decisión
refusal-dialogue-not-a-series = «{ $series }» no es una serie de documentos: use de 2 a 40 letras mayúsculas, cifras o «-», en segmentos separados por «/» (por ejemplo GSI/HLC)
refusal-dialogue-not-a-web-address = el campo { $field } «{ $value }» no es una dirección http o https
refusal-dialogue-meeting-already-convened = la reunión { $meeting } ya está convocada
refusal-dialogue-no-pending-registration = { $party } no tiene ninguna inscripción pendiente de decisión
refusal-dialogue-meeting-missing = la reunión no existe
refusal-dialogue-revised-since-opened = la reunión se revisó después de abrir este formulario; no se cambió nada. Abra de nuevo el formulario para ver la reunión tal como está
refusal-dialogue-revision-changes-nothing = la revisión no cambia nada
refusal-dialogue-agenda-empty = el programa necesita al menos un tema
refusal-dialogue-item-cannot-be-removed = el tema { $item } («{ $title }») no se puede suprimir: tiene { $held }, y suprimirlo los eliminaría del acta de la reunión; cambie su título en su lugar
refusal-dialogue-retitle-needs-change = cambiar el título del tema { $item } requiere un nuevo título, nuevas prioridades o ambos
refusal-dialogue-item-changed-twice = el tema { $item } se modifica más de una vez en la revisión
refusal-dialogue-agenda-has-no-item = el programa tiene los temas 1 a { $count }; no hay tema { $item }
refusal-dialogue-neither-convenes-nor-takes-part = { $party } ni convoca esta reunión ni participa en ella
refusal-dialogue-not-speaking = { $party } no figura en la lista de oradores del tema { $item }
refusal-dialogue-already-speaking = { $party } ya figura en la lista de oradores del tema { $item }
refusal-dialogue-not-a-delegate = «{ $delegate }» no es delegado de { $party }; registre primero al delegado
refusal-dialogue-not-an-approved-participant = { $party } no es un participante aprobado de esta reunión
refusal-dialogue-no-registration-to-withdraw = { $party } no tiene ninguna inscripción que retirar
refusal-dialogue-ad-hoc-convener-cancels = el convocante de una reunión ad hoc la cancela en lugar de retirarse
refusal-dialogue-registration-not-pending = la inscripción de { $party } está { $status }, no pendiente de decisión
refusal-dialogue-not-registered = { $party } no se ha inscrito
refusal-dialogue-state-registers-as-member-or-observer = { $party } es un Estado o una organización: se inscribe como miembro o como observador
refusal-dialogue-not-invited-as-member = { $party } no fue invitada como miembro de esta reunión ad hoc; puede pedir asistir como observadora
refusal-dialogue-not-a-member-on-date = { $party } no es miembro de { $mechanism } en la fecha { $date }; puede inscribirse como observadora
refusal-dialogue-delegation-size = una delegación nombra de 1 a 50 delegados, primero el jefe de la delegación
refusal-dialogue-convener-does-not-register = { $party } convoca esta reunión y actúa como su secretaría; no se inscribe
refusal-dialogue-rule-not-allowed = { $mechanism } no admite la regla { $rule }; admite { $allowed }
refusal-dialogue-ad-hoc-without-members = una reunión ad hoc es entre partes nombradas: invite al menos a una como miembro
refusal-dialogue-invited-twice = { $party } está invitada dos veces
refusal-dialogue-convener-invites-itself = { $party } convoca la reunión y no se invita a sí misma
refusal-dialogue-meeting-exists = ya existe una reunión { $meeting }
refusal-dialogue-no-language = una reunión necesita al menos un idioma
refusal-dialogue-not-a-language = «{ $value }» no es un código de idioma (use dos o tres letras, como en o zh)
refusal-dialogue-no-place = una reunión necesita un lugar, una dirección en línea o ambos
refusal-dialogue-closes-before-opens = la reunión termina ({ $closes }) antes de empezar ({ $opens })
refusal-dialogue-no-agenda-item = el programa no tiene tema { $number }
refusal-dialogue-only-the-convener = solo el convocante, { $convener }, puede { $what }; { $party } no es el convocante
refusal-dialogue-meeting-cancelled = la reunión fue cancelada ({ $reason })
refusal-dialogue-no-commitment = no hay ningún compromiso { $commitment }
refusal-dialogue-symbol-mismatch = el cierre da la signatura { $symbol } donde la serie da { $expected }
refusal-dialogue-no-decision-open = no hay ninguna decisión abierta
refusal-dialogue-silence-ended = el procedimiento de acuerdo tácito terminó el { $deadline }; ya no se adoptan posiciones
refusal-dialogue-amendment-no-longer-applies = la enmienda { $amendment } ya no es aplicable
refusal-dialogue-no-amendment = no hay ninguna enmienda { $amendment }
refusal-dialogue-document-already-drafted = el documento { $document } ya está redactado
refusal-dialogue-only-adopted-commitments = solo los párrafos de un documento aprobado pueden ser compromisos
refusal-dialogue-amendment-not-pending = la enmienda { $amendment } no está pendiente de decisión
refusal-dialogue-document-missing = el documento no existe
refusal-dialogue-too-much-evidence = un informe enlaza como máximo 20 elementos de prueba
refusal-dialogue-not-committed = { $party } no está obligada por el compromiso { $commitment } y no informa sobre él
refusal-dialogue-no-such-commitment = el documento no tiene el compromiso { $commitment }
refusal-dialogue-not-joined-adoption = { $party } no se sumó a la aprobación, por lo que no puede quedar obligada por ella
refusal-dialogue-commitment-without-party = un compromiso nombra al menos una parte
refusal-dialogue-no-such-paragraph-in-adopted = el texto aprobado tiene los párrafos 1 a { $count }; no hay párrafo { $paragraph }
refusal-dialogue-no-decision-open-on-document = no hay ninguna decisión abierta sobre este documento
refusal-dialogue-silence-deadline-passed = el plazo del procedimiento de acuerdo tácito, { $deadline }, ya ha vencido
refusal-dialogue-no-members-to-decide = la reunión no tiene miembros aprobados que decidan
refusal-dialogue-amendment-pending = la enmienda { $amendment } aún debe aceptarse o rechazarse
refusal-dialogue-mechanism-disallows-rule = el mecanismo de esta reunión no admite { $rule }
refusal-dialogue-amendment-no-longer-applies-reject = la enmienda { $amendment } ya no es aplicable: el párrafo que modifica ya no figura en el texto actual; rechácela
refusal-dialogue-amendment-already-decided = ya se decidió sobre la enmienda { $amendment }
refusal-dialogue-no-such-amendment = el documento no tiene la enmienda { $amendment }
refusal-dialogue-document-keeps-a-paragraph = un documento conserva al menos un párrafo
refusal-dialogue-amendment-changes-nothing = la enmienda deja el párrafo { $paragraph } tal como está
refusal-dialogue-no-such-paragraph-in-version = la versión { $version } tiene los párrafos 1 a { $count }; no hay párrafo { $paragraph }
refusal-dialogue-not-convener-nor-member = { $party } no es ni el convocante ni un miembro aprobado de esta reunión
refusal-dialogue-document-exists = ya existe un documento { $document }
refusal-dialogue-paragraph-count = un documento tiene de 1 a 500 párrafos
refusal-dialogue-document-adopted-text-fixed = el documento está aprobado; su texto ya no puede cambiar
refusal-dialogue-decision-open-text-fixed = hay una decisión abierta sobre este documento; el texto queda fijo hasta que se cierre
refusal-dialogue-no-such-meeting = no hay ninguna reunión { $meeting }
refusal-dialogue-no-such-document = no hay ningún documento { $document }
refusal-dialogue-no-such-version = el documento tiene las versiones 1 a { $count }; no hay versión { $version }
refusal-dialogue-silence-still-running = el procedimiento de acuerdo tácito sigue abierto hasta el { $deadline }; la decisión se cierra después
