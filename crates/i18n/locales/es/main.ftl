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
common-error-413 = Demasiado grande
common-error-413-detail = El formulario enviado supera lo que la plataforma acepta de una vez (2 MiB). No se registró nada. Acorte el texto o divídalo en varios envíos.
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

## Inicio de sesión

auth-title = Iniciar sesión
auth-intro = Inicie sesión con la cuenta que la secretaría de su parte creó para usted.
auth-username = Nombre de usuario
auth-password = Contraseña
auth-submit = Iniciar sesión
auth-wrong-password = El nombre de usuario o la contraseña no son correctos.
auth-rate-limited =
    { $seconds ->
        [one] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundo.
       *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
    }
auth-busy = La plataforma está comprobando muchos inicios de sesión en este momento. Vuelva a intentarlo dentro de un segundo.
auth-session-expired = Su sesión ha caducado. Vuelva a iniciar sesión.
auth-csrf-failed = Este formulario ha caducado o no se envió desde este sitio. Vuelva a cargar la página e inténtelo de nuevo.
auth-account-disabled = Esta cuenta ha sido desactivada. Póngase en contacto con la secretaría de su parte.
auth-sign-in-required = Inicie sesión para continuar.
auth-signed-out = Ha cerrado la sesión.
auth-signed-out-everywhere =
    Se cerró su sesión en todos los navegadores. { $tokens ->
        [0] Sus tokens de API siguen funcionando.
        [one] Se revocó un token de API.
       *[other] Se revocaron { $tokens } tokens de API.
    }

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
party-tokens-help = Un token permite que un programa actúe en su nombre. Concédale solo los permisos que necesita y la duración más corta posible; deja de funcionar al expirar, al revocarlo o si cierra la sesión en todas partes revocando los tokens.
party-token-scopes = Permisos
party-token-expires = Caduca
party-token-status-expired = Caducado
party-token-lasts = Duración
party-token-days = { $days } días
party-token-scope-read = Leer lo que usted puede ver
party-token-scope-write-registry = Modificar el registro
party-token-scope-write-concerns = Presentar preocupaciones y responderlas
party-token-scope-write-dialogue = Actuar en reuniones y documentos
party-token-needs-scope = Elija al menos un permiso para el token.
party-token-days-invalid = Elija de la lista cuánto dura el token.
party-sign-out-everywhere = Cerrar sesión en todas partes
party-sign-out-everywhere-help = Termina todas sus sesiones, en cada navegador y dispositivo, incluido este. Úselo si perdió un dispositivo o si su contraseña pudo haberse conocido.
party-sign-out-revoke-tokens = Revocar también todos mis tokens de API
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

## Rechazos: cada regla dice por qué (declarados en los archivos refusals.rs; el inglés es la declaración)

refusal-text-empty = el campo { $field } está vacío
refusal-text-too-long = el campo { $field } tiene { $chars } caracteres; se admiten como máximo { $max }
refusal-text-control-character = el campo { $field } contiene el carácter de control U+{ $code } en la posición { $at }; solo se admiten tabulaciones y saltos de línea
refusal-text-bidi-control = el campo { $field } contiene el carácter de formato direccional U+{ $code } en la posición { $at }, que puede hacer que el texto se lea distinto de como se guarda; deje la dirección a la página
refusal-not-a-party-id = «{ $value }» no es un identificador de parte: use un código ISO 3166-1 alfa-3 como CHN, o un identificador breve en minúsculas como sco
refusal-not-a-concern-id = «{ $value }» no es un identificador de preocupación
refusal-not-a-meeting-id = «{ $value }» no es un identificador de reunión
refusal-not-a-document-id = «{ $value }» no es un identificador de documento
refusal-not-a-priority = «{ $value }» no es una prioridad: use III.1 a III.{ $last }
refusal-not-a-security-domain = «{ $value }» no es un ámbito de seguridad: use traditional o non_traditional
refusal-not-a-un-symbol = «{ $value }» no es una signatura de documento de las Naciones Unidas (por ejemplo S/RES/2231 (2015) o A/RES/76/234)
refusal-not-a-role = «{ $value }» no es un rol: use delegate, focal_point, secretariat o reader
refusal-not-a-date = «{ $value }» no es una fecha: use AAAA-MM-DD (YYYY-MM-DD)
refusal-not-a-time = «{ $value }» no es una hora en formato RFC 3339: { $reason }
refusal-not-a-party-kind = «{ $value }» no es un tipo de parte: use uno de { $kinds }
refusal-not-a-membership-role = «{ $value }» no es una calidad de miembro: use member, permanent_member, elected_member, observer, dialogue_partner, partner, participant, organiser, administrator, contributor, state_party o suspended_member
refusal-acts-for-another-party = el usuario { $user } pertenece a { $party } y no puede actuar en nombre de { $author }
refusal-role-may-not-author = el usuario { $user } no tiene ningún rol que le permita redactar registros en nombre de { $author }
refusal-alpha3-for-a-non-state = parte { $party }: los identificadores ISO 3166-1 alfa-3 corresponden a Estados y territorios, no a un { $kind }
refusal-party-not-registered = no hay ninguna parte { $party } registrada
refusal-keeps-no-membership-list = { $party } es un { $kind } y no lleva una lista de miembros
refusal-own-member = un mecanismo no puede ser miembro de sí mismo
refusal-membership-ends-before-it-starts = la calidad de miembro termina ({ $to }) antes de empezar ({ $from })
refusal-registers-no-participants = solo un foro, un mecanismo o una organización registran participantes; { $party } es un { $kind }
refusal-not-a-registrable-participant = una secretaría registra centros de estudios, academias y organizaciones sociales, no un { $kind }
refusal-unknown-record-kind = ningún módulo escribe registros del tipo { $kind }
refusal-record-does-not-parse = el registro del tipo { $kind } no se puede leer: { $reason }
refusal-entity-of-another-type = { $key } no es del tipo leído
refusal-entity-missing = { $what } no existe
refusal-key-names-a-history = { $key } designa un historial, no una entidad
refusal-no-such-user = no hay ningún usuario llamado { $user }
refusal-password-too-long = una contraseña tiene como máximo { $max } bytes
refusal-password-too-short = una contraseña necesita al menos { $min } caracteres
refusal-state-convenes-ad-hoc = { $party } es un Estado; un Estado convoca reuniones ad hoc, no reuniones de mecanismo
refusal-bad-consistency-range = una prueba de coherencia requiere 1 <= from <= to <= { $size } (el tamaño del árbol); se recibió from={ $from }, to={ $to }
refusal-no-such-record = no hay ningún registro { $index } en el registro público
refusal-user-exists = ya existe un usuario llamado { $name }
refusal-user-without-role = un usuario necesita al menos un rol
refusal-party-already-registered = la parte { $party } ya está registrada
refusal-not-a-user-name = «{ $value }» no es un nombre de usuario: use de 1 a 64 letras, cifras, «.», «_», «-» o «@»
refusal-no-such-mechanism = no hay ningún mecanismo { $mechanism } registrado
refusal-not-a-category = «{ $value }» no es una categoría: use ldc, lldc o sids
refusal-not-a-regional-group = «{ $value }» no es un grupo regional de las Naciones Unidas: use uno de { $groups }
refusal-membership-twice = la calidad de miembro { $membership } aparece dos veces
refusal-import-party-missing = no hay ninguna parte { $party } registrada en este nodo; no se importó nada
refusal-bad-rows =
    el archivo tiene { $count } fila(s) erróneas; no se importó nada:
    { $rows }
refusal-no-such-token = { $user } no tiene el token { $id }
refusal-token-label = la etiqueta de un token tiene como máximo 100 caracteres y ningún carácter de control
refusal-token-without-scope = un token necesita al menos un alcance: read, o write:MODULE
refusal-token-days = un token dura de 1 a { $max } días, no { $days }
refusal-not-a-scope = «{ $value }» no es un alcance de token; use read o write:MODULE, siendo MODULE uno de { $modules }
refusal-store-unreadable = no se pudo leer el almacén
refusal-changed-while-read = { $key } cambió mientras se leía

refusal-distribution-not-a-distribution = «{ $value }» no es una distribución: use public, originator o parties:CHN,RUS
refusal-distribution-not-wider = una distribución solo puede ampliarse: { $to } deja fuera a un lector de { $from }, y lo divulgado no puede retirarse
refusal-distribution-unchanged = ya lo lee { $to }: no hay nada que ampliar
transparency-sealed = registro sellado
transparency-author-hidden = no indicado
transparency-sealed-help = Este registro está sellado: solo las partes a las que va dirigido pueden leerlo. Cualquiera puede comprobar su firma, su lugar en el registro y los puntos de control.
nav-api-docs-intro = Todas las operaciones de la API de este nodo, leídas de su documento OpenAPI:
home-waiting = Pendiente para su parte
home-waiting-none = Nada está pendiente para su parte.
home-waiting-all = Todo en Mi parte
