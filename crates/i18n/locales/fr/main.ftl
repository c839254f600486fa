# Plateforme de l’Initiative pour la sécurité mondiale — textes de l’interface, français.
#
# Groupes complets : nav-, common-, home-, registry-, catalogue-, concern-, auth-.
# Les groupes transparency- et party- s’affichent en anglais tant qu’ils ne sont pas
# traduits. Voir docs/i18n.md.

## Navigation et cadre des pages

nav-site-name = Plateforme de l’ISM
nav-site-description = La coopération au titre de l’Initiative pour la sécurité mondiale
nav-main-menu = Menu principal
nav-home = Accueil
nav-registry = Registre
nav-catalogue = Catalogue
nav-concerns = Préoccupations en matière de sécurité
nav-transparency = Transparence
nav-my-party = Ma partie
nav-api-docs = Documentation de l’API
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-signed-in-as = Session ouverte : { $user } ({ $party })
nav-language = Langue
nav-skip-to-content = Aller au contenu principal
nav-footer-note = Les enregistrements de cette plateforme sont signés et conservés dans un journal public et vérifiable.

## Termes courants, erreurs, pagination, enregistrements et preuves

common-save = Enregistrer
common-cancel = Annuler
common-submit = Soumettre
common-search = Rechercher
common-search-placeholder = Rechercher…
common-filter = Filtrer
common-apply-filters = Appliquer les filtres
common-clear-filters = Effacer les filtres
common-all = Tous
common-yes = Oui
common-no = Non
common-none = Aucun
common-date = Date
common-status = Statut
common-details = Détails
common-back = Retour
common-close = Fermer
common-required = Obligatoire
common-optional = Facultatif
common-loading = Chargement…
common-results =
    { $count ->
        [0] Aucun résultat
        [one] { $count } résultat
       *[other] { $count } résultats
    }
common-error-title = Erreur { $status }
common-error-400 = Requête incorrecte
common-error-400-detail = La requête n’a pas pu être comprise. Veuillez vérifier l’adresse et réessayer.
common-error-401 = Connexion requise
common-error-401-detail = Veuillez vous connecter pour continuer. Votre session a peut-être expiré.
common-error-403 = Action non autorisée
common-error-403-detail = Votre partie ou votre rôle ne permet pas cette action.
common-error-404 = Introuvable
common-error-404-detail = La page ou l’enregistrement demandé n’existe pas.
common-error-409 = Conflit
common-error-409-detail = Cette action ne correspond pas à l’état actuel de l’enregistrement, qui a pu être modifié entre-temps. Veuillez recharger la page.
common-error-422 = Données non valides
common-error-422-detail = Certaines des informations fournies sont manquantes ou mal formées. Veuillez les corriger et soumettre à nouveau.
common-error-500 = Erreur interne
common-error-500-detail = La plateforme a rencontré une erreur. Rien n’a été enregistré. Veuillez réessayer plus tard.
common-error-home = Retourner à la page d’accueil
common-pagination = Pagination
common-previous = Précédent
common-next = Suivant
common-page-of = Page { $page } sur { $pages }
common-as-of = au { $date }
common-signed-record = Enregistrement signé
common-inclusion-proof = Preuve d’inclusion
common-verify = Vérifier
common-verified = Vérifié
common-verification-failed = Échec de la vérification
common-record-number = Enregistrement nº { $index }
common-download-json = Télécharger au format JSON
common-copy = Copier
common-copied = Copié

## Accueil : tableau de bord

home-title = Le cadre en un coup d’œil
home-intro = L’Initiative pour la sécurité mondiale repose sur six principes et définit vingt priorités de coopération. Cette page présente l’état actuel de la coopération.
home-principles = Principes
home-priorities = Priorités de coopération
home-priority-open =
    { $open ->
        [0] Aucune préoccupation en cours
        [one] { $open } préoccupation en cours
       *[other] { $open } préoccupations en cours
    }
home-platforms = Plateformes et mécanismes
home-map-title = Les parties dans le monde
home-map-description = Carte du monde où chaque État est coloré selon sa participation à la plateforme. Les mêmes informations figurent dans le registre.
home-map-legend = Légende
home-map-legend-registered = Partie inscrite sur la plateforme
home-map-legend-open-concerns = Partie à une préoccupation en cours
home-map-legend-none = Aucune partie inscrite
home-map-legend-many = { $count } préoccupations en cours ou plus
home-recent-records = Enregistrements récents
home-recent-records-empty = Aucun enregistrement n’a encore été effectué.
home-all-records = Tous les enregistrements
home-stat-parties =
    { $count ->
        [one] { $count } partie inscrite
       *[other] { $count } parties inscrites
    }
home-stat-records =
    { $count ->
        [one] { $count } enregistrement signé
       *[other] { $count } enregistrements signés
    }

## Registre : parties, mécanismes et appartenances

registry-title = Registre
registry-intro = Les États, organisations et mécanismes qui participent à la coopération, et la composition de chaque mécanisme au fil du temps.
registry-parties = Parties
registry-party = Partie
registry-mechanisms = Mécanismes
registry-mechanism = Mécanisme
registry-name = Nom
registry-code = Code
registry-kind = Catégorie
registry-kind-state = État
registry-kind-territory = Territoire
registry-kind-organisation = Organisation
registry-kind-organ = Organe
registry-kind-mechanism = Mécanisme
registry-kind-forum = Forum
registry-kind-fund = Fonds
registry-kind-treaty = Traité
registry-kind-government-body = Organisme public
registry-kind-think-tank = Groupe de réflexion
registry-kind-academy = Académie
registry-kind-social-organisation = Organisation de la société civile
registry-members = Membres
registry-members-as-of = Membres au { $date }
registry-member-count =
    { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    }
registry-memberships = Appartenances
registry-role = Qualité
registry-role-member = Membre
registry-role-permanent-member = Membre permanent
registry-role-elected-member = Membre élu
registry-role-observer = Observateur
registry-role-dialogue-partner = Partenaire de dialogue
registry-role-partner = Partenaire
registry-role-participant = Participant
registry-role-organiser = Organisateur
registry-role-administrator = Administrateur
registry-role-contributor = Contributeur
registry-role-state-party = État partie
registry-role-suspended-member = Membre suspendu
registry-period = Période
registry-from = Du
registry-to = Au
registry-since = depuis le { $date }
registry-from-to = du { $from } au { $to }
registry-region = Région
registry-sub-region = Sous-région
registry-intermediate-region = Région intermédiaire
registry-regional-group = Groupe régional de l’Organisation des Nations Unies
registry-group-african = Groupe des États d’Afrique
registry-group-asia-pacific = Groupe des États d’Asie et du Pacifique
registry-group-eastern-european = Groupe des États d’Europe orientale
registry-group-latin-american-caribbean = Groupe des États d’Amérique latine et des Caraïbes
registry-group-weog = Groupe des États d’Europe occidentale et autres États
registry-group-observer = observateur
registry-un-member = État Membre de l’Organisation des Nations Unies
registry-un-observer = État non membre ayant le statut d’observateur auprès de l’Organisation des Nations Unies
registry-ldc = Pays parmi les moins avancés
registry-ldc-short = PMA
registry-lldc = Pays en développement sans littoral
registry-lldc-short = PDSL
registry-sids = Petit État insulaire en développement
registry-sids-short = PEID
registry-established = Création
registry-website = Site Web
registry-source = Source
registry-as-of = À jour au
registry-note = Remarque
registry-search-placeholder = Rechercher par nom ou par code
registry-empty = Aucune partie ne correspond à ces filtres.
registry-names-note = Les noms dans les langues autres que l’anglais sont des noms usuels et non la terminologie officielle de l’Organisation des Nations Unies.

## Catalogue : le cadre du document conceptuel

catalogue-title = Catalogue du cadre
catalogue-intro = Les principes, les priorités de coopération et les plateformes du document conceptuel de l’Initiative pour la sécurité mondiale, avec les instruments et mécanismes que chacun mentionne.
catalogue-principles = Principes
catalogue-priorities = Priorités de coopération
catalogue-platforms = Plateformes et mécanismes
catalogue-section = Section { $section }
catalogue-domains = Domaines de la sécurité
catalogue-domain-traditional = Sécurité traditionnelle
catalogue-domain-non-traditional = Sécurité non traditionnelle
catalogue-instruments = Instruments
catalogue-linked-items = Éléments liés
catalogue-linked-mechanisms = Organisations et mécanismes mentionnés
catalogue-modules = Modules de la plateforme
catalogue-module-concerns = Préoccupations en matière de sécurité
catalogue-module-dialogue = Dialogue et consultation
catalogue-module-hotspots = Questions brûlantes
catalogue-module-cooperation = Projets de coopération
catalogue-module-training = Formation
catalogue-module-exchange-maritime = Échanges sur la sécurité maritime
catalogue-module-exchange-cyber = Échanges sur la cybersécurité
catalogue-module-exchange-counter-terrorism = Échanges sur la lutte antiterroriste
catalogue-module-exchange-crime = Échanges sur la criminalité transnationale
catalogue-module-exchange-health = Échanges sur la santé publique
catalogue-version = Version { $version } du catalogue
catalogue-summary-note = Les résumés sont rédigés par la plateforme ; seul le texte du document conceptuel fait foi.

## Préoccupations en matière de sécurité (document conceptuel, principe II.4)

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
concern-error-not-addressee = Seul un destinataire de cette préoccupation peut en accuser réception, y répondre ou proposer des consultations.
concern-error-not-lodging-party = Seule la partie { $party }, qui a présenté cette préoccupation, peut la clore ou la retirer.
concern-error-role = Seul un délégué, un point focal ou un membre du secrétariat d’une partie peut agir en son nom.
concern-error-already-addressed = Cette préoccupation a déjà été close comme réglée et ne peut plus être modifiée.
concern-error-already-withdrawn = Cette préoccupation a déjà été retirée et ne peut plus être modifiée.
concern-error-already-acknowledged = { $party } a déjà accusé réception de cette préoccupation.
concern-error-already-exists = Une préoccupation portant cet identifiant existe déjà.
concern-error-self-addressed = Une partie ne peut s’adresser une préoccupation à elle-même.
concern-error-no-addressee = Veuillez désigner au moins un destinataire.
concern-error-duplicate-addressee = Un destinataire est désigné plus d’une fois.
concern-error-unknown-party = Aucune partie { $party } n’est inscrite.
concern-error-no-priority = Veuillez sélectionner au moins une priorité de coopération (III.1 à III.20).
concern-error-unknown-priority = « { $priority } » n’est pas une priorité de coopération ; utilisez III.1 à III.20.
concern-error-due-in-past = La date limite de réponse doit se situer dans le futur.
concern-error-title-empty = Veuillez saisir un titre.
concern-error-description-empty = Veuillez saisir une description.
concern-error-text-empty = Veuillez saisir le texte.
concern-error-too-long = Le texte dépasse les { $max } caractères autorisés.
concern-error-un-reference = « { $symbol } » n’est pas une cote de document de l’Organisation des Nations Unies (par exemple S/RES/2231 (2015) ou A/RES/76/234).

concern-empty = Aucune préoccupation n’a encore été présentée.
concern-empty-filtered = Aucune préoccupation ne correspond à ces filtres.
concern-empty-addressed-to-you = Aucune préoccupation n’est adressée à votre partie.

## Connexion

auth-title = Connexion
auth-intro = Connectez-vous avec le compte que le secrétariat de votre partie a créé pour vous.
auth-username = Nom d’utilisateur
auth-password = Mot de passe
auth-submit = Se connecter
auth-wrong-password = Le nom d’utilisateur ou le mot de passe est incorrect.
auth-rate-limited =
    { $minutes ->
        [one] Trop de tentatives. Veuillez réessayer dans { $minutes } minute.
       *[other] Trop de tentatives. Veuillez réessayer dans { $minutes } minutes.
    }
auth-session-expired = Votre session a expiré. Veuillez vous reconnecter.
auth-csrf-failed = Ce formulaire a expiré ou n’a pas été envoyé depuis ce site. Veuillez recharger la page et réessayer.
auth-account-disabled = Ce compte a été désactivé. Veuillez contacter le secrétariat de votre partie.
auth-sign-in-required = Veuillez vous connecter pour continuer.
auth-signed-out = Votre session a été fermée.
