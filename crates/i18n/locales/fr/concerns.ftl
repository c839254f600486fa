### Security concerns (Concept Paper, principle II.4).
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

concern-list-title = Préoccupations en matière de sécurité
concern-intro = Les préoccupations légitimes de tous les pays en matière de sécurité doivent être prises au sérieux et traitées comme il se doit. Une partie y présente une préoccupation aux parties concernées, et chaque étape de leurs échanges est signée et enregistrée.
concern-count =
    { $count ->
        [one] { $count } préoccupation
       *[other] { $count } préoccupations
    }
concern-status-open = En cours
concern-status-addressed = Réglée
concern-status-withdrawn = Retirée
concern-filter-status = Statut
concern-filter-status-all = Tous les statuts
concern-filter-party = Partie
concern-filter-party-any = Toute partie
concern-filter-priority = Priorité de coopération
concern-filter-priority-any = Toute priorité
concern-filter-overdue = Retard
concern-filter-overdue-any = En retard ou non
concern-filter-overdue-only = En retard uniquement
concern-filter-overdue-not = Sans retard
concern-badge-overdue = En retard
concern-badge-overdue-help = Au moins un destinataire n’a pas accusé réception ou répondu dans le délai imparti.
concern-column-title = Titre
concern-column-lodged-by = Présentée par
concern-column-addressees = Destinataires
concern-column-lodged-on = Date de présentation
concern-column-status = Statut
concern-lodged-by = Présentée par
concern-lodged-on = Présentée le { $date }
concern-closed-on = Close le { $date }
concern-addressees = Destinataires
concern-domain = Domaine de la sécurité
concern-priorities = Priorités de coopération
concern-un-references = Références de l’Organisation des Nations Unies
concern-description = Description
concern-closing-note = Note de clôture
concern-history = Historique de la préoccupation
concern-history-help = Chaque étape ci-dessous est un enregistrement signé, accompagné de sa preuve d’inclusion dans le journal public.

concern-lodge = Présenter une préoccupation
concern-lodge-title = Présenter une préoccupation en matière de sécurité
concern-lodge-intro = Votre partie présente la préoccupation aux parties qu’elle désigne. Une fois présentée, la préoccupation est signée et enregistrée ; elle ne peut être supprimée, mais elle peut être retirée ultérieurement.
concern-field-title = Titre
concern-field-title-help = Un bref énoncé de la préoccupation, de { $max } caractères au plus.
concern-field-description = Description
concern-field-description-help = Exposez la préoccupation, ses motifs et ce que votre partie demande aux destinataires, en { $max } caractères au plus.
concern-field-domain = Domaine de la sécurité
concern-field-domain-help = Sécurité traditionnelle (questions militaires, par exemple) ou non traditionnelle (terrorisme, cybersécurité, biosécurité ou changements climatiques, par exemple).
concern-field-priorities = Priorités de coopération
concern-field-priorities-help = Sélectionnez au moins une priorité de coopération (III.1 à III.20) à laquelle se rapporte la préoccupation.
concern-field-addressees = Destinataires
concern-field-addressees-help = Les parties auxquelles la préoccupation est adressée. Une partie ne peut s’adresser une préoccupation à elle-même.
concern-field-un-references = Références de l’Organisation des Nations Unies
concern-field-un-references-help = Facultatif. Cotes des documents pertinents de l’Organisation des Nations Unies, séparées par des virgules, par exemple S/RES/2231 (2015), A/RES/76/234.
concern-field-response-due = Date limite de réponse
concern-field-response-due-help = Facultatif. La date à laquelle les réponses sont attendues ; elle doit se situer dans le futur. À défaut, les réponses sont attendues { $days } jours après la présentation.
concern-lodge-submit = Présenter la préoccupation
concern-lodge-confirm = Présenter cette préoccupation au nom de { $party } ? Elle sera signée et enregistrée de façon permanente.
concern-lodge-sign-in = Connectez-vous en tant que délégué, point focal ou membre du secrétariat de votre partie pour présenter une préoccupation.

concern-action-acknowledge = Accuser réception
concern-action-respond = Répondre
concern-action-propose-consultations = Proposer des consultations
concern-action-close-addressed = Clore comme réglée
concern-action-withdraw = Retirer
concern-field-response = Réponse
concern-field-response-help = La réponse de votre partie. Elle sera versée au dossier public de la préoccupation.
concern-field-proposal = Proposition de consultations
concern-field-proposal-help = Proposez la forme, le niveau, le lieu ou le calendrier des consultations sur la préoccupation.
concern-field-note = Note de clôture
concern-field-note-help = Facultatif. Comment la préoccupation a été réglée, ou pourquoi elle est retirée.
concern-field-outcome = Issue
concern-actions = Actions de votre partie
concern-confirm-acknowledge = Accuser réception de cette préoccupation au nom de { $party } ?
concern-confirm-respond = Soumettre cette réponse au nom de { $party } ?
concern-confirm-consultations = Proposer des consultations au nom de { $party } ?
concern-confirm-close-addressed = Clore cette préoccupation comme réglée ? Une préoccupation close ne peut être rouverte.
concern-confirm-withdraw = Retirer cette préoccupation ? Une préoccupation retirée ne peut être rouverte.
concern-done-lodged = La préoccupation a été présentée et enregistrée.
concern-done-acknowledged = Il a été accusé réception de la préoccupation.
concern-done-responded = La réponse a été enregistrée.
concern-done-consultations = La proposition de consultations a été enregistrée.
concern-done-closed-addressed = La préoccupation a été close comme réglée.
concern-done-withdrawn = La préoccupation a été retirée.

concern-timeline-lodged = { $party } a présenté la préoccupation
concern-timeline-acknowledged = { $party } a accusé réception de la préoccupation
concern-timeline-responded = { $party } a répondu
concern-timeline-consultations = { $party } a proposé des consultations
concern-timeline-closed-addressed = { $party } a clos la préoccupation comme réglée
concern-timeline-withdrawn = { $party } a retiré la préoccupation

concern-clocks = Délais de réponse
concern-clocks-help = Chaque destinataire est invité à accuser réception d’une préoccupation dans les { $days } jours suivant sa présentation et à y répondre avant la date limite de réponse.
concern-clock-acknowledged-after =
    { $days ->
        [0] Réception accusée le jour de la présentation
        [one] Réception accusée après { $days } jour
       *[other] Réception accusée après { $days } jours
    }
concern-clock-responded-after =
    { $days ->
        [0] Réponse donnée le jour de la présentation
        [one] Réponse donnée après { $days } jour
       *[other] Réponse donnée après { $days } jours
    }
concern-clock-awaiting-acknowledgement = Accusé de réception attendu
concern-clock-awaiting-response = Réponse attendue
concern-clock-acknowledgement-due = Accusé de réception attendu le { $date }
concern-clock-response-due = Réponse attendue le { $date }
concern-clock-overdue = En retard
concern-clock-acknowledgement = Accusé de réception
concern-clock-acknowledgement-overdue = Accusé de réception en retard depuis le { $date }
concern-clock-response-overdue = Réponse en retard depuis le { $date }
concern-clock-stopped = Les délais ont cessé de courir à la clôture de la préoccupation.
concern-addressee-responses =
    { $count ->
        [0] Aucune réponse
        [one] { $count } réponse
       *[other] { $count } réponses
    }
concern-addressee-consultations =
    { $count ->
        [0] Aucune proposition de consultations
        [one] { $count } proposition de consultations
       *[other] { $count } propositions de consultations
    }

concern-error-not-found = Cette préoccupation n’existe pas.
concern-error-role = Seul un délégué, un point focal ou un membre du secrétariat d’une partie peut agir en son nom.
concern-error-unknown-priority = « { $priority } » n’est pas une priorité de coopération ; utilisez III.1 à III.20.

concern-empty = Aucune préoccupation n’a encore été présentée.
concern-empty-filtered = Aucune préoccupation ne correspond à ces filtres.
concern-empty-addressed-to-you = Aucune préoccupation n’est adressée à votre partie.

## Refus : chaque règle dit pourquoi (déclarés dans les fichiers refusals.rs ; l’anglais est la déclaration)

refusal-concern-not-a-closing-outcome = « { $value } » n’est pas une issue de clôture : utilisez addressed ou withdrawn
refusal-concern-not-a-status = « { $value } » n’est pas un statut : utilisez open, addressed, withdrawn ou all
refusal-concern-already-closed = la préoccupation { $concern } est déjà { $status }
refusal-concern-not-an-addressee = { $party } n’est pas destinataire de la préoccupation { $concern } ; seuls les destinataires peuvent en accuser réception ou y répondre
refusal-concern-already-exists = la préoccupation { $concern } existe déjà
refusal-concern-no-addressee = une préoccupation doit avoir au moins un destinataire
refusal-concern-addressee-twice = un destinataire est nommé deux fois
refusal-concern-addressed-to-itself = { $party } ne peut pas s’adresser une préoccupation à elle-même
refusal-concern-no-priority = rattachez la préoccupation à au moins un domaine prioritaire (III.1 à III.20)
refusal-concern-response-date-past = la date de réponse doit se situer dans l’avenir
refusal-concern-already-acknowledged = { $party } a déjà accusé réception de la préoccupation { $concern }
refusal-concern-only-the-lodger-closes = seule { $party } a soumis la préoccupation { $concern } et peut la clore ou la retirer
refusal-concern-unknown = { $subject } renvoie à une préoccupation inconnue
refusal-concern-no-such = aucune préoccupation { $concern }

concern-field-readers = Qui peut la lire
concern-readers-addressees = Votre partie et les destinataires seulement (TLP:AMBER+STRICT)
concern-readers-public = Tout le monde, y compris les visiteurs non connectés (TLP:CLEAR)
concern-field-readers-help = Vous pourrez l’ouvrir à d’autres parties plus tard. Ce qui a été divulgué ne peut être repris.
concern-readers = Lue par
concern-readers-anyone = tout le monde
concern-publish-help = Publier permet à tous de lire cette préoccupation et chacun de ses enregistrements, y compris aux visiteurs non connectés. C’est irréversible.
concern-action-publish = Publier la préoccupation
concern-done-published = La préoccupation est désormais publique.
concern-timeline-widened = { $party } a ouvert la préoccupation à d’autres parties

refusal-concern-only-the-lodger-widens = seule { $party } a soumis la préoccupation { $concern } et peut en élargir les lecteurs
refusal-concern-addressee-left-out = la diffusion laisse de côté le destinataire { $party }, qui doit lire la préoccupation pour y répondre
