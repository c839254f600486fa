# Plataforma de la Iniciativa para la Seguridad Global — textos de la interfaz, español.
#
# Grupos completos: nav-, common-, home-, registry-, catalogue-, concern-, auth-.
# Los grupos transparency- y party- se muestran en inglés mientras no se traduzcan.
# Véase docs/i18n.md.

## Navegación y marco de las páginas

nav-site-name = Plataforma de la ISG
nav-site-description = La cooperación en el marco de la Iniciativa para la Seguridad Global
nav-main-menu = Menú principal
nav-home = Inicio
nav-registry = Registro
nav-catalogue = Catálogo
nav-concerns = Preocupaciones de seguridad
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
common-error-500 = Error interno
common-error-500-detail = La plataforma ha encontrado un error. No se ha registrado nada. Inténtelo de nuevo más tarde.
common-error-home = Volver a la página de inicio
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
