# Plataforma de la Iniciativa para la Seguridad Global — textos de la interfaz, español.
#
# Grupos completos: nav-, common-, home-, registry-, catalogue-, concern-, auth-.
# Los grupos transparency-, party- y dialogue- también están traducidos, aunque las pruebas
# solo los exigen en inglés y chino (los mensajes que falten se muestran en inglés).
# Véase docs/i18n.md.

## Navegación y marco de las páginas

nav-site-name = Plataforma de la ISG
nav-site-description = La cooperación en el marco de la Iniciativa para la Seguridad Global
nav-main-menu = Menú principal
nav-home = Inicio
nav-registry = Registro
nav-catalogue = Catálogo
nav-concerns = Preocupaciones de seguridad
nav-meetings = Reuniones
nav-commitments = Compromisos
nav-transparency = Transparencia
nav-my-party = Mi parte
nav-api-docs = Documentación de la API
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-signed-in-as = Sesión iniciada como { $user } ({ $party })
nav-language = Idioma
nav-skip-to-content = Ir al contenido principal
nav-footer-note = Los registros de esta plataforma están firmados y se conservan en un registro público y verificable.

## Términos comunes, errores, paginación, registros y pruebas

common-save = Guardar
common-cancel = Cancelar
common-submit = Enviar
common-search = Buscar
common-search-placeholder = Buscar…
common-filter = Filtrar
common-apply-filters = Aplicar filtros
common-clear-filters = Borrar filtros
common-all = Todos
common-yes = Sí
common-no = No
common-none = Ninguno
common-date = Fecha
common-status = Estado
common-details = Detalles
common-back = Volver
common-close = Cerrar
common-required = Obligatorio
common-optional = Opcional
common-loading = Cargando…
common-results =
    { $count ->
        [0] Ningún resultado
        [one] { $count } resultado
       *[other] { $count } resultados
    }
common-error-title = Error { $status }
common-error-400 = Solicitud incorrecta
common-error-400-detail = No se pudo interpretar la solicitud. Compruebe la dirección e inténtelo de nuevo.
common-error-401 = Es necesario iniciar sesión
common-error-401-detail = Inicie sesión para continuar. Es posible que su sesión haya caducado.
common-error-403 = Acción no permitida
common-error-403-detail = Su parte o su función no permiten realizar esta acción.
common-error-404 = No encontrado
common-error-404-detail = La página o el registro solicitado no existe.
common-error-409 = Conflicto
common-error-409-detail = Esta acción no corresponde al estado actual del registro, que puede haber cambiado entretanto. Vuelva a cargar la página.
common-error-422 = Datos no válidos
common-error-422-detail = Parte de la información proporcionada falta o tiene un formato incorrecto. Corríjala y envíela de nuevo.
common-error-429 = Demasiados cambios
common-error-429-detail = Los registros son permanentes, por lo que cada usuario y cada parte solo pueden añadir un número limitado en cada período; los mismos límites se aplican a todas las partes.
common-write-quota-exceeded = No se registró nada. Puede volver a intentarlo dentro de { $seconds } segundos.
common-error-500 = Error interno
common-error-500-detail = La plataforma ha encontrado un error. No se ha registrado nada. Inténtelo de nuevo más tarde.
common-error-home = Volver a la página de inicio
common-pager-label = Páginas
common-pager-showing = Filas { $first } a { $last } de { $total }
common-pager-previous = Página anterior
common-pager-next = Página siguiente
common-error-detail-in-english = Explicación de la plataforma (en inglés):
common-pagination = Paginación
common-previous = Anterior
common-next = Siguiente
common-page-of = Página { $page } de { $pages }
common-as-of = al { $date }
common-signed-record = Registro firmado
common-inclusion-proof = Prueba de inclusión
common-verify = Verificar
common-verified = Verificado
common-verification-failed = Verificación fallida
common-record-number = Registro n.º { $index }
common-download-json = Descargar en formato JSON
common-copy = Copiar
common-copied = Copiado

## Inicio: panel general

home-title = El marco de un vistazo
home-intro = La Iniciativa para la Seguridad Global se basa en seis principios y establece veinte prioridades de cooperación. Esta página muestra el estado actual de la cooperación.
home-principles = Principios
home-priorities = Prioridades de cooperación
home-priority-open =
    { $open ->
        [0] Ninguna preocupación abierta
        [one] { $open } preocupación abierta
       *[other] { $open } preocupaciones abiertas
    }
home-platforms = Plataformas y mecanismos
home-map-title = Las partes en el mundo
home-map-description = Mapa del mundo en el que cada Estado aparece coloreado según su participación en la plataforma. La misma información figura en el registro.
home-map-legend = Leyenda
home-map-legend-registered = Parte inscrita en la plataforma
home-map-legend-open-concerns = Parte en una preocupación abierta
home-map-legend-none = Ninguna parte inscrita
home-map-legend-many = { $count } o más preocupaciones abiertas
home-recent-records = Registros recientes
home-recent-records-empty = Todavía no se ha efectuado ningún registro.
home-all-records = Todos los registros
home-stat-parties =
    { $count ->
        [one] { $count } parte inscrita
       *[other] { $count } partes inscritas
    }
home-stat-records =
    { $count ->
        [one] { $count } registro firmado
       *[other] { $count } registros firmados
    }

## Registro: partes, mecanismos y pertenencias

registry-title = Registro
registry-intro = Los Estados, organizaciones y mecanismos que participan en la cooperación, y la composición de cada mecanismo a lo largo del tiempo.
registry-parties = Partes
registry-party = Parte
registry-mechanisms = Mecanismos
registry-mechanism = Mecanismo
registry-name = Nombre
registry-code = Código
registry-kind = Categoría
registry-kind-state = Estado
registry-kind-territory = Territorio
registry-kind-organisation = Organización
registry-kind-organ = Órgano
registry-kind-mechanism = Mecanismo
registry-kind-forum = Foro
registry-kind-fund = Fondo
registry-kind-treaty = Tratado
registry-kind-government-body = Organismo gubernamental
registry-kind-think-tank = Centro de estudios
registry-kind-academy = Academia
registry-kind-social-organisation = Organización de la sociedad civil
registry-members = Miembros
registry-members-as-of = Miembros al { $date }
registry-member-count =
    { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    }
registry-memberships = Pertenencias
registry-role = Condición
registry-role-member = Miembro
registry-role-permanent-member = Miembro permanente
registry-role-elected-member = Miembro electo
registry-role-observer = Observador
registry-role-dialogue-partner = Asociado para el diálogo
registry-role-partner = Asociado
registry-role-participant = Participante
registry-role-organiser = Organizador
registry-role-administrator = Administrador
registry-role-contributor = Contribuyente
registry-role-state-party = Estado parte
registry-role-suspended-member = Miembro suspendido
registry-period = Período
registry-from = Desde
registry-to = Hasta
registry-since = desde el { $date }
registry-from-to = del { $from } al { $to }
registry-region = Región
registry-sub-region = Subregión
registry-intermediate-region = Región intermedia
registry-regional-group = Grupo regional de las Naciones Unidas
registry-group-african = Grupo de los Estados de África
registry-group-asia-pacific = Grupo de los Estados de Asia y el Pacífico
registry-group-eastern-european = Grupo de los Estados de Europa Oriental
registry-group-latin-american-caribbean = Grupo de los Estados de América Latina y el Caribe
registry-group-weog = Grupo de los Estados de Europa Occidental y otros Estados
registry-group-observer = observador
registry-un-member = Estado Miembro de las Naciones Unidas
registry-un-observer = Estado no miembro observador de las Naciones Unidas
registry-ldc = País menos adelantado
registry-ldc-short = PMA
registry-lldc = País en desarrollo sin litoral
registry-lldc-short = PDSL
registry-sids = Pequeño Estado insular en desarrollo
registry-sids-short = PEID
registry-established = Creación
registry-website = Sitio web
registry-source = Fuente
registry-as-of = Actualizado al
registry-note = Nota
registry-search-placeholder = Buscar por nombre o código
registry-empty = Ninguna parte coincide con estos filtros.
registry-names-note = Los nombres en idiomas distintos del inglés son nombres de uso común, no la terminología oficial de las Naciones Unidas.

## Catálogo: el marco del documento de concepto

catalogue-title = Catálogo del marco
catalogue-intro = Los principios, las prioridades de cooperación y las plataformas del documento de concepto de la Iniciativa para la Seguridad Global, con los instrumentos y mecanismos que menciona cada uno.
catalogue-principles = Principios
catalogue-priorities = Prioridades de cooperación
catalogue-platforms = Plataformas y mecanismos
catalogue-section = Sección { $section }
catalogue-domains = Ámbitos de la seguridad
catalogue-domain-traditional = Seguridad tradicional
catalogue-domain-non-traditional = Seguridad no tradicional
catalogue-instruments = Instrumentos
catalogue-linked-items = Elementos vinculados
catalogue-linked-mechanisms = Organizaciones y mecanismos mencionados
catalogue-modules = Módulos de la plataforma
catalogue-module-concerns = Preocupaciones de seguridad
catalogue-module-dialogue = Diálogo y consultas
catalogue-module-hotspots = Cuestiones candentes
catalogue-module-cooperation = Proyectos de cooperación
catalogue-module-training = Capacitación
catalogue-module-exchange-maritime = Intercambios sobre seguridad marítima
catalogue-module-exchange-cyber = Intercambios sobre ciberseguridad
catalogue-module-exchange-counter-terrorism = Intercambios sobre la lucha contra el terrorismo
catalogue-module-exchange-crime = Intercambios sobre la delincuencia transnacional
catalogue-module-exchange-health = Intercambios sobre salud pública
catalogue-version = Versión { $version } del catálogo
catalogue-summary-note = Los resúmenes están redactados por la plataforma; el texto del documento de concepto es el único auténtico.

## Preocupaciones de seguridad (documento de concepto, principio II.4)

concern-list-title = Preocupaciones de seguridad
concern-intro = Las preocupaciones legítimas de seguridad de todos los países deben tomarse en serio y atenderse debidamente. Aquí una parte presenta una preocupación a las partes a las que concierne, y cada paso de su intercambio queda firmado y registrado.
concern-count =
    { $count ->
        [one] { $count } preocupación
       *[other] { $count } preocupaciones
    }
concern-status-open = Abierta
concern-status-addressed = Atendida
concern-status-withdrawn = Retirada
concern-filter-status = Estado
concern-filter-status-all = Todos los estados
concern-filter-party = Parte
concern-filter-party-any = Cualquier parte
concern-filter-priority = Prioridad de cooperación
concern-filter-priority-any = Cualquier prioridad
concern-filter-overdue = Plazo vencido
concern-filter-overdue-any = Con o sin plazo vencido
concern-filter-overdue-only = Solo con plazo vencido
concern-filter-overdue-not = Sin plazo vencido
concern-badge-overdue = Plazo vencido
concern-badge-overdue-help = Al menos un destinatario no ha acusado recibo ni respondido en el plazo previsto.
concern-column-title = Título
concern-column-lodged-by = Presentada por
concern-column-addressees = Destinatarios
concern-column-lodged-on = Fecha de presentación
concern-column-status = Estado
concern-lodged-by = Presentada por
concern-lodged-on = Presentada el { $date }
concern-closed-on = Cerrada el { $date }
concern-addressees = Destinatarios
concern-domain = Ámbito de la seguridad
concern-priorities = Prioridades de cooperación
concern-un-references = Referencias de las Naciones Unidas
concern-description = Descripción
concern-closing-note = Nota de cierre
concern-history = Historial de la preocupación
concern-history-help = Cada paso que figura a continuación es un registro firmado, acompañado de su prueba de inclusión en el registro público.

concern-lodge = Presentar una preocupación
concern-lodge-title = Presentar una preocupación de seguridad
concern-lodge-intro = Su parte presenta la preocupación a las partes que designe. Una vez presentada, la preocupación queda firmada y registrada; no puede eliminarse, pero puede retirarse más adelante.
concern-field-title = Título
concern-field-title-help = Un breve enunciado de la preocupación, de { $max } caracteres como máximo.
concern-field-description = Descripción
concern-field-description-help = Exponga la preocupación, sus fundamentos y lo que su parte solicita a los destinatarios, en { $max } caracteres como máximo.
concern-field-domain = Ámbito de la seguridad
concern-field-domain-help = Seguridad tradicional (por ejemplo, cuestiones militares) o no tradicional (por ejemplo, terrorismo, ciberseguridad, bioseguridad o cambio climático).
concern-field-priorities = Prioridades de cooperación
concern-field-priorities-help = Seleccione al menos una prioridad de cooperación (III.1 a III.20) con la que guarde relación la preocupación.
concern-field-addressees = Destinatarios
concern-field-addressees-help = Las partes a las que se dirige la preocupación. Una parte no puede dirigirse una preocupación a sí misma.
concern-field-un-references = Referencias de las Naciones Unidas
concern-field-un-references-help = Opcional. Signaturas de documentos pertinentes de las Naciones Unidas, separadas por comas; por ejemplo, S/RES/2231 (2015), A/RES/76/234.
concern-field-response-due = Plazo de respuesta
concern-field-response-due-help = Opcional. La fecha para la que se solicitan las respuestas; debe ser una fecha futura. Si no se indica, las respuestas deben darse { $days } días después de la presentación.
concern-lodge-submit = Presentar la preocupación
concern-lodge-confirm = ¿Presentar esta preocupación en nombre de { $party }? Quedará firmada y registrada de forma permanente.
concern-lodge-sign-in = Inicie sesión como delegado, coordinador o miembro de la secretaría de su parte para presentar una preocupación.

concern-action-acknowledge = Acusar recibo
concern-action-respond = Responder
concern-action-propose-consultations = Proponer consultas
concern-action-close-addressed = Cerrar como atendida
concern-action-withdraw = Retirar
concern-field-response = Respuesta
concern-field-response-help = La respuesta de su parte. Pasará a formar parte del historial público de la preocupación.
concern-field-proposal = Propuesta de consultas
concern-field-proposal-help = Proponga el formato, el nivel, el lugar o el calendario de las consultas sobre la preocupación.
concern-field-note = Nota de cierre
concern-field-note-help = Opcional. Cómo se atendió la preocupación, o por qué se retira.
concern-field-outcome = Resultado
concern-actions = Acciones de su parte
concern-confirm-acknowledge = ¿Acusar recibo de esta preocupación en nombre de { $party }?
concern-confirm-respond = ¿Enviar esta respuesta en nombre de { $party }?
concern-confirm-consultations = ¿Proponer consultas en nombre de { $party }?
concern-confirm-close-addressed = ¿Cerrar esta preocupación como atendida? Una preocupación cerrada no puede reabrirse.
concern-confirm-withdraw = ¿Retirar esta preocupación? Una preocupación retirada no puede reabrirse.
concern-done-lodged = La preocupación se ha presentado y registrado.
concern-done-acknowledged = Se ha acusado recibo de la preocupación.
concern-done-responded = La respuesta se ha registrado.
concern-done-consultations = La propuesta de consultas se ha registrado.
concern-done-closed-addressed = La preocupación se ha cerrado como atendida.
concern-done-withdrawn = La preocupación se ha retirado.

concern-timeline-lodged = { $party } presentó la preocupación
concern-timeline-acknowledged = { $party } acusó recibo de la preocupación
concern-timeline-responded = { $party } respondió
concern-timeline-consultations = { $party } propuso consultas
concern-timeline-closed-addressed = { $party } cerró la preocupación como atendida
concern-timeline-withdrawn = { $party } retiró la preocupación

concern-clocks = Plazos de respuesta
concern-clocks-help = Se pide a cada destinatario que acuse recibo de una preocupación en los { $days } días siguientes a su presentación y que responda antes del plazo de respuesta.
concern-clock-acknowledged-after =
    { $days ->
        [0] Acuse de recibo el mismo día de la presentación
        [one] Acuse de recibo al cabo de { $days } día
       *[other] Acuse de recibo al cabo de { $days } días
    }
concern-clock-responded-after =
    { $days ->
        [0] Respuesta el mismo día de la presentación
        [one] Respuesta al cabo de { $days } día
       *[other] Respuesta al cabo de { $days } días
    }
concern-clock-awaiting-acknowledgement = Pendiente de acuse de recibo
concern-clock-awaiting-response = Pendiente de respuesta
concern-clock-acknowledgement-due = Acuse de recibo previsto para el { $date }
concern-clock-response-due = Respuesta prevista para el { $date }
concern-clock-overdue = Plazo vencido
concern-clock-acknowledgement = Acuse de recibo
concern-clock-acknowledgement-overdue = Acuse de recibo vencido desde el { $date }
concern-clock-response-overdue = Respuesta vencida desde el { $date }
concern-clock-stopped = Los plazos se detuvieron al cerrarse la preocupación.
concern-addressee-responses =
    { $count ->
        [0] Ninguna respuesta
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
concern-addressee-consultations =
    { $count ->
        [0] Ninguna propuesta de consultas
        [one] { $count } propuesta de consultas
       *[other] { $count } propuestas de consultas
    }

concern-error-not-found = Esta preocupación no existe.
concern-error-not-addressee = Solo un destinatario de esta preocupación puede acusar recibo de ella, responderla o proponer consultas.
concern-error-not-lodging-party = Solo { $party }, que presentó esta preocupación, puede cerrarla o retirarla.
concern-error-role = Solo un delegado, un coordinador o un miembro de la secretaría de una parte puede actuar en su nombre.
concern-error-already-addressed = Esta preocupación ya se ha cerrado como atendida y no puede modificarse.
concern-error-already-withdrawn = Esta preocupación ya se ha retirado y no puede modificarse.
concern-error-already-acknowledged = { $party } ya ha acusado recibo de esta preocupación.
concern-error-already-exists = Ya existe una preocupación con este identificador.
concern-error-self-addressed = Una parte no puede dirigirse una preocupación a sí misma.
concern-error-no-addressee = Indique al menos un destinatario.
concern-error-duplicate-addressee = Un destinatario figura más de una vez.
concern-error-unknown-party = No hay ninguna parte { $party } inscrita.
concern-error-no-priority = Seleccione al menos una prioridad de cooperación (III.1 a III.20).
concern-error-unknown-priority = «{ $priority }» no es una prioridad de cooperación; utilice III.1 a III.20.
concern-error-due-in-past = El plazo de respuesta debe ser una fecha futura.
concern-error-title-empty = Escriba un título.
concern-error-description-empty = Escriba una descripción.
concern-error-text-empty = Escriba el texto.
concern-error-too-long = El texto supera los { $max } caracteres permitidos.
concern-error-un-reference = «{ $symbol }» no es una signatura de documento de las Naciones Unidas (por ejemplo, S/RES/2231 (2015) o A/RES/76/234).

concern-empty = Todavía no se ha presentado ninguna preocupación.
concern-empty-filtered = Ninguna preocupación coincide con estos filtros.
concern-empty-addressed-to-you = No hay ninguna preocupación dirigida a su parte.

## Inicio de sesión

auth-title = Iniciar sesión
auth-intro = Inicie sesión con la cuenta que la secretaría de su parte creó para usted.
auth-username = Nombre de usuario
auth-password = Contraseña
auth-submit = Iniciar sesión
auth-wrong-password = El nombre de usuario o la contraseña no son correctos.
auth-rate-limited =
    { $minutes ->
        [one] Demasiados intentos. Vuelva a intentarlo dentro de { $minutes } minuto.
       *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $minutes } minutos.
    }
auth-session-expired = Su sesión ha caducado. Vuelva a iniciar sesión.
auth-csrf-failed = Este formulario ha caducado o no se envió desde este sitio. Vuelva a cargar la página e inténtelo de nuevo.
auth-account-disabled = Esta cuenta ha sido desactivada. Póngase en contacto con la secretaría de su parte.
auth-sign-in-required = Inicie sesión para continuar.
auth-signed-out = Ha cerrado la sesión.

## Registro de transparencia

transparency-title = Transparencia
transparency-intro = Cada cambio en la plataforma queda como un registro firmado que se añade a un registro público. Cualquier persona puede comprobar que un registro figura en él y que el registro público solo ha crecido, sin tener que confiar en este servidor.
transparency-checkpoint = Último punto de control
transparency-checkpoint-help = El punto de control garantiza el registro público en su totalidad: su tamaño y su hash raíz, firmados con la clave del nodo.
transparency-tree-size = Tamaño del registro público
transparency-root-hash = Hash raíz
transparency-verifier-key = Clave del verificador
transparency-records = Registros
transparency-record-count =
    { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }
transparency-record = Registro n.º { $index }
transparency-record-kind = Tipo de registro
transparency-record-author = Autor
transparency-record-time = Hora
transparency-record-subject = Objeto
transparency-leaf-hash = Hash de hoja
transparency-signature = Firma
transparency-canonical-bytes = Bytes canónicos
transparency-consistency = Prueba de coherencia
transparency-consistency-help = Demuestra que el registro público de { $from } registros es un prefijo del de { $to } registros: no se ha modificado ni suprimido nada.
transparency-proof-valid = La prueba de inclusión es válida para este punto de control.
transparency-proof-invalid = La prueba de inclusión no corresponde a este punto de control.
transparency-verify-offline = Verificar sin conexión
transparency-verify-offline-help = Descargue el registro con su prueba y verifíquelos con el verificador independiente que se describe en la documentación.
transparency-verify-docs = Los formatos y cada paso de la verificación se describen en
transparency-proof-checked-by-server = (Verificada por este servidor; su navegador vuelve a verificarla cuando los scripts están habilitados.)
transparency-proof-checked-by-browser = (Verificada por su navegador.)
transparency-empty = El registro público todavía no contiene ningún registro.

## Mi parte: usuarios, claves, tokens y acciones pendientes

party-title = Mi parte
party-overview = Resumen
party-users = Usuarios
party-user-name = Nombre
party-user-roles = Funciones
party-user-status = Estado
party-user-active = Activo
party-user-disabled = Desactivado
party-user-add = Añadir un usuario
party-user-disable = Desactivar
party-user-enable = Activar
party-role-delegate = Delegado
party-role-focal-point = Coordinador
party-role-secretariat = Secretaría
party-role-reader = Lector
party-keys = Claves de firma
party-key-fingerprint = Huella digital
party-key-created = Fecha de creación
party-key-active = Activa
party-key-retired = Retirada
party-key-rotate = Sustituir la clave de firma
party-key-rotate-confirm = ¿Sustituir la clave de firma de { $party }? Los registros ya firmados siguen siendo válidos.
party-tokens = Tokens de la API
party-token-name = Nombre
party-token-create = Crear un token
party-token-created = Copie el token ahora: solo se muestra una vez, y únicamente se conserva su hash.
party-token-revoke = Revocar
party-token-revoke-confirm = ¿Revocar este token? Los programas que lo utilicen perderán el acceso de inmediato.
party-token-revoked = El token se ha revocado.
party-token-status-revoked = Revocado
party-token-last-used = Último uso
party-token-never-used = Nunca utilizado
party-pending = Acciones pendientes
party-pending-acknowledge =
    { $count ->
        [one] { $count } preocupación pendiente de su acuse de recibo
       *[other] { $count } preocupaciones pendientes de su acuse de recibo
    }
party-pending-respond =
    { $count ->
        [one] { $count } preocupación pendiente de su respuesta
       *[other] { $count } preocupaciones pendientes de su respuesta
    }
party-pending-none = No hay nada pendiente para su parte.
party-awaiting-invitation = Responder a la invitación a “{ $meeting }” (comienza el { $date })
party-awaiting-registration = Aprobar o rechazar la inscripción de { $party } en “{ $meeting }”
party-awaiting-amendment = Aceptar o rechazar la enmienda { $number } de { $party } a “{ $document }”
party-awaiting-position = Registrar la posición de su parte sobre “{ $document }” (decisión { $number })
party-awaiting-silence = “{ $document }”: el procedimiento de acuerdo tácito sigue abierto hasta el { $date }; formule una objeción antes para romper el silencio
party-awaiting-close = Cerrar la decisión { $number } sobre “{ $document }”: su procedimiento de acuerdo tácito ha concluido
party-awaiting-commitment = Informar sobre el compromiso { $number } de { $symbol }
party-awaiting-commitment-due = Informar sobre el compromiso { $number } de { $symbol } (plazo: { $date })
party-users-empty = Todavía no se ha creado ningún usuario.
party-tokens-empty = Todavía no se ha creado ningún token.

## Diálogo (IV.1 a IV.4): reuniones, documentos finales, decisiones y compromisos

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
dialogue-meeting-error-title-empty = Indique el título de la reunión.
dialogue-meeting-error-dates = Indique las fechas de apertura y de clausura.
dialogue-meeting-error-closes-before-opens = La reunión no puede clausurarse antes de su apertura.
dialogue-meeting-error-no-place = Indique un lugar, una dirección en línea o ambos.
dialogue-meeting-error-no-language = Elija al menos un idioma de trabajo.
dialogue-meeting-error-agenda-empty = El programa debe incluir al menos un tema.
dialogue-meeting-error-agenda-line = La línea { $line } del programa no tiene título.
dialogue-meeting-error-agenda-priority = Línea { $line } del programa: «{ $priority }» no es una prioridad del documento de concepto (utilice III.1 a III.20).
dialogue-meeting-error-not-found = No existe ninguna reunión con este identificador.
dialogue-meeting-error-no-delegates = Indique al menos un delegado, empezando por el jefe de la delegación.
dialogue-meeting-error-item = Elija un tema del programa.
dialogue-meeting-error-no-reason = Indique el motivo de la cancelación de la reunión.
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
dialogue-document-error-no-paragraphs = Escriba el texto, con una línea en blanco entre párrafos.
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
dialogue-decision-error-deadline-past = El plazo del procedimiento de acuerdo tácito debe ser una fecha futura.
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

## Mi parte: reglas de decisión del mecanismo

party-rules-title = Reglas de decisión
party-rules-help = Las reglas por las que pueden decidir sus reuniones, la regla que aplican salvo que una reunión elija otra, el quórum y la serie en la que se numeran sus documentos aprobados. Volver a declararlas constituye un nuevo registro firmado.
party-rules-undeclared = Su mecanismo todavía no ha declarado sus reglas: sus reuniones deciden por consenso o por el procedimiento de acuerdo tácito, y sus documentos se numeran con su identificador en mayúsculas.
party-rules-allowed = Reglas que pueden aplicar sus reuniones
party-rules-default = Regla predeterminada
party-rules-quorum = Quórum
party-rules-quorum-help = Opcional: un número de miembros presentes (10) o una fracción de los miembros (2/3).
party-rules-series = Serie de documentos
party-rules-series-help = Letras mayúsculas, cifras y «-», en partes separadas por «/»: SCO/GSI da SCO/GSI/2026/1.
party-rules-declare = Declarar estas reglas
party-rules-declared = Las reglas se han declarado y registrado.
