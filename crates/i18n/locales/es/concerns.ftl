### Security concerns (Concept Paper, principle II.4).
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

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
concern-error-role = Solo un delegado, un coordinador o un miembro de la secretaría de una parte puede actuar en su nombre.
concern-error-unknown-priority = «{ $priority }» no es una prioridad de cooperación; utilice III.1 a III.20.

concern-empty = Todavía no se ha presentado ninguna preocupación.
concern-empty-filtered = Ninguna preocupación coincide con estos filtros.
concern-empty-addressed-to-you = No hay ninguna preocupación dirigida a su parte.

## Rechazos: cada regla dice por qué (declarados en los archivos refusals.rs; el inglés es la declaración)

refusal-concern-not-a-closing-outcome = «{ $value }» no es un resultado de cierre: use addressed o withdrawn
refusal-concern-not-a-status = «{ $value }» no es un estado: use open, addressed, withdrawn o all
refusal-concern-already-closed = la preocupación { $concern } ya está { $status }
refusal-concern-not-an-addressee = { $party } no es destinataria de la preocupación { $concern }; solo los destinatarios pueden acusar recibo o responder
refusal-concern-already-exists = la preocupación { $concern } ya existe
refusal-concern-no-addressee = una preocupación necesita al menos un destinatario
refusal-concern-addressee-twice = un destinatario figura dos veces
refusal-concern-addressed-to-itself = { $party } no puede dirigirse una preocupación a sí misma
refusal-concern-no-priority = asocie la preocupación al menos a un ámbito prioritario (III.1 a III.20)
refusal-concern-response-date-past = la fecha de respuesta debe ser futura
refusal-concern-already-acknowledged = { $party } ya acusó recibo de la preocupación { $concern }
refusal-concern-only-the-lodger-closes = solo { $party } presentó la preocupación { $concern } y puede cerrarla o retirarla
refusal-concern-unknown = { $subject } se refiere a una preocupación desconocida
refusal-concern-no-such = no hay ninguna preocupación { $concern }

concern-field-readers = Quién puede leerla
concern-readers-addressees = Solo su parte y los destinatarios (TLP:AMBER+STRICT)
concern-readers-public = Todos, incluidos los visitantes sin sesión iniciada (TLP:CLEAR)
concern-field-readers-help = Más adelante puede permitir que otras partes la lean. Lo que se ha divulgado no puede retirarse.
concern-readers = Leída por
concern-readers-anyone = cualquiera
concern-publish-help = Publicarla permite que todos lean esta preocupación y cada registro sobre ella, incluidos los visitantes sin sesión iniciada. No se puede deshacer.
concern-action-publish = Publicar la preocupación
concern-done-published = La preocupación ahora es pública.
concern-timeline-widened = { $party } permitió que más partes lean la preocupación

refusal-concern-only-the-lodger-widens = solo { $party } presentó la preocupación { $concern } y puede ampliar quién la lee
refusal-concern-addressee-left-out = la distribución deja fuera al destinatario { $party }, que debe leer la preocupación para responderla
