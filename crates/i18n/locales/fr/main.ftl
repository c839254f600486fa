# Plateforme de l’Initiative pour la sécurité mondiale — textes de l’interface, français.
#
# Groupes complets : nav-, common-, home-, registry-, catalogue-, concern-, auth-.
# Les groupes transparency-, party- et dialogue- sont aussi traduits ; un message qui leur
# serait ajouté en anglais s’affiche en anglais tant qu’il n’est pas traduit. Voir docs/i18n.md.

## Navigation et cadre des pages

nav-site-name = Plateforme de l’ISM
nav-site-description = La coopération au titre de l’Initiative pour la sécurité mondiale
nav-main-menu = Menu principal
nav-home = Accueil
nav-registry = Registre
nav-catalogue = Catalogue
nav-concerns = Préoccupations en matière de sécurité
nav-meetings = Réunions
nav-commitments = Engagements
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
common-error-429 = Trop de modifications
common-error-429-detail = Les enregistrements sont permanents : chaque utilisateur et chaque partie ne peut en ajouter qu’un nombre limité par période ; les mêmes limites s’appliquent à toutes les parties.
common-write-quota-exceeded = Rien n’a été enregistré. Vous pourrez réessayer dans { $seconds } secondes.
common-error-500 = Erreur interne
common-error-500-detail = La plateforme a rencontré une erreur. Rien n’a été enregistré. Veuillez réessayer plus tard.
common-error-home = Retourner à la page d’accueil
common-pager-label = Pages
common-pager-showing = Lignes { $first } à { $last } sur { $total }
common-pager-previous = Page précédente
common-pager-next = Page suivante
common-error-detail-in-english = Explication de la plateforme (en anglais) :
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

## Journal de transparence

transparency-title = Transparence
transparency-intro = Chaque modification apportée sur la plateforme est un enregistrement signé, ajouté à un journal public. Chacun peut vérifier qu’un enregistrement figure dans le journal et que celui-ci n’a fait que s’allonger, sans avoir à se fier à ce serveur.
transparency-checkpoint = Dernier point de contrôle
transparency-checkpoint-help = Le point de contrôle atteste l’état de l’ensemble du journal : sa taille et son hachage racine, signés avec la clé du nœud.
transparency-tree-size = Taille du journal
transparency-root-hash = Hachage racine
transparency-verifier-key = Clé de vérification
transparency-records = Enregistrements
transparency-record-count =
    { $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }
transparency-record = Enregistrement nº { $index }
transparency-record-kind = Type d’enregistrement
transparency-record-author = Auteur
transparency-record-time = Horodatage
transparency-record-subject = Objet
transparency-leaf-hash = Hachage de la feuille
transparency-signature = Signature
transparency-canonical-bytes = Octets canoniques
transparency-consistency = Preuve de cohérence
transparency-consistency-help = Prouve que le journal de taille { $from } est un préfixe du journal de taille { $to } : rien n’a été modifié ni supprimé.
transparency-proof-valid = La preuve d’inclusion est valide pour ce point de contrôle.
transparency-proof-invalid = La preuve d’inclusion ne correspond pas à ce point de contrôle.
transparency-verify-offline = Vérifier hors ligne
transparency-verify-offline-help = Téléchargez l’enregistrement et sa preuve, puis vérifiez-les à l’aide du vérificateur indépendant décrit dans la documentation.
transparency-verify-docs = Les formats et chaque étape de la vérification sont décrits dans
transparency-proof-checked-by-server = (Vérifiée par ce serveur ; votre navigateur la vérifie à nouveau lorsque les scripts sont activés.)
transparency-proof-checked-by-browser = (Vérifiée par votre navigateur.)
transparency-empty = Le journal ne contient encore aucun enregistrement.

## Ma partie : utilisateurs, clés, jetons et actions en attente

party-title = Ma partie
party-overview = Vue d’ensemble
party-users = Utilisateurs
party-user-name = Nom
party-user-roles = Rôles
party-user-status = Statut
party-user-active = Actif
party-user-disabled = Désactivé
party-user-add = Ajouter un utilisateur
party-user-disable = Désactiver
party-user-enable = Activer
party-role-delegate = Délégué
party-role-focal-point = Point focal
party-role-secretariat = Secrétariat
party-role-reader = Lecteur
party-keys = Clés de signature
party-key-fingerprint = Empreinte
party-key-created = Date de création
party-key-active = Active
party-key-retired = Retirée
party-key-rotate = Remplacer la clé de signature
party-key-rotate-confirm = Remplacer la clé de signature de { $party } ? Les enregistrements déjà signés restent valides.
party-tokens = Jetons d’API
party-token-name = Nom
party-token-create = Créer un jeton
party-token-created = Copiez le jeton maintenant : il n’est affiché qu’une seule fois, et seul son hachage est conservé.
party-token-revoke = Révoquer
party-token-revoke-confirm = Révoquer ce jeton ? Les programmes qui l’utilisent perdront immédiatement leur accès.
party-token-revoked = Le jeton a été révoqué.
party-token-status-revoked = Révoqué
party-token-last-used = Dernière utilisation
party-token-never-used = Jamais utilisé
party-pending = Actions en attente
party-pending-acknowledge =
    { $count ->
        [one] { $count } préoccupation attend votre accusé de réception
       *[other] { $count } préoccupations attendent votre accusé de réception
    }
party-pending-respond =
    { $count ->
        [one] { $count } préoccupation attend votre réponse
       *[other] { $count } préoccupations attendent votre réponse
    }
party-pending-none = Aucune action n’est en attente pour votre partie.
party-awaiting-invitation = Répondre à l’invitation à « { $meeting } » (ouverture le { $date })
party-awaiting-registration = Approuver ou refuser l’inscription de { $party } à « { $meeting } »
party-awaiting-amendment = Accepter ou rejeter l’amendement { $number } de { $party } à « { $document } »
party-awaiting-position = Consigner la position de votre partie sur « { $document } » (décision { $number })
party-awaiting-silence = « { $document } » : la procédure d’approbation tacite court jusqu’au { $date } ; formulez une objection avant cette date pour rompre le silence
party-awaiting-close = Clore la décision { $number } sur « { $document } » : sa procédure d’approbation tacite a pris fin
party-awaiting-commitment = Faire rapport sur l’engagement { $number } de { $symbol }
party-awaiting-commitment-due = Faire rapport sur l’engagement { $number } de { $symbol } (échéance : { $date })
party-users-empty = Aucun utilisateur n’a encore été créé.
party-tokens-empty = Aucun jeton n’a encore été créé.

## Dialogue (IV.1 à IV.4) : réunions, documents finals, décisions et engagements

dialogue-meetings-title = Réunions
dialogue-meetings-intro = Sommets, réunions ministérielles, conférences, consultations et dialogues ad hoc convoqués sur la plateforme, avec leur ordre du jour, leurs délégations, leurs documents finals et leurs décisions.
dialogue-meetings-upcoming = À venir et en cours
dialogue-meetings-past = Réunions passées
dialogue-meetings-count =
    { $count ->
        [one] { $count } réunion
       *[other] { $count } réunions
    }
dialogue-meetings-empty = Aucune réunion n’a encore été convoquée.
dialogue-meetings-empty-filtered = Aucune réunion ne correspond à ces filtres.
dialogue-meetings-filter-mechanism = Mécanisme
dialogue-meetings-filter-any-mechanism = Tout mécanisme
dialogue-meetings-filter-party = Partie
dialogue-meetings-filter-when = Période
dialogue-meetings-filter-all = À venir et passées
dialogue-meetings-filter-upcoming = À venir et en cours
dialogue-meetings-filter-past = Passées
dialogue-meetings-filter-mine = Réunions de ma partie uniquement
dialogue-meetings-calendar-of = Flux de calendrier de { $party } (iCalendar)
dialogue-meeting-convene = Convoquer une réunion
dialogue-meeting-column-meeting = Réunion
dialogue-meeting-column-dates = Dates
dialogue-meeting-column-place = Lieu
dialogue-meeting-column-convener = Convoquée par
dialogue-meeting-column-participation = Participation
dialogue-meeting-column-party = Partie
dialogue-meeting-column-capacity = Qualité
dialogue-meeting-column-delegates = Délégation
dialogue-meeting-column-decision = Décision sur l’inscription
dialogue-meeting-online = En ligne
dialogue-meeting-count-members =
    { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    }
dialogue-meeting-count-observers =
    { $count ->
        [one] { $count } observateur
       *[other] { $count } observateurs
    }
dialogue-meeting-count-pending =
    { $count ->
        [one] { $count } demande en attente
       *[other] { $count } demandes en attente
    }
dialogue-meeting-count-invited =
    { $count ->
        [one] { $count } invitation sans réponse
       *[other] { $count } invitations sans réponse
    }
dialogue-meeting-phase-upcoming = À venir
dialogue-meeting-phase-in-session = En cours
dialogue-meeting-phase-concluded = Terminée
dialogue-meeting-phase-cancelled = Annulée
dialogue-meeting-kind-summit = Sommet
dialogue-meeting-kind-ministerial = Réunion ministérielle
dialogue-meeting-kind-conference = Conférence
dialogue-meeting-kind-forum = Forum
dialogue-meeting-kind-consultation = Consultations
dialogue-meeting-kind-expert-meeting = Réunion d’experts
dialogue-meeting-kind-bilateral-dialogue = Dialogue bilatéral
dialogue-meeting-capacity-member = Membre
dialogue-meeting-capacity-observer = Observateur
dialogue-meeting-capacity-guest = Invité
dialogue-meeting-registration-invited = Invitée
dialogue-meeting-registration-requested = En attente d’approbation
dialogue-meeting-registration-approved = Approuvée
dialogue-meeting-registration-declined = Refusée
dialogue-meeting-registration-withdrawn = Retirée

dialogue-meeting-convene-title = Convoquer une réunion
dialogue-meeting-convene-as-mechanism = La réunion est convoquée par { $party }, dont le secrétariat en assure le service et préside à ses décisions.
dialogue-meeting-convene-ad-hoc = Votre partie convoque une réunion ad hoc avec les parties qu’elle invite ; elle la préside et y participe en qualité de membre.
dialogue-meeting-convene-not-permitted = Votre rôle ne vous permet pas de convoquer des réunions au nom de votre partie.
dialogue-meeting-series-help = Les documents adoptés à la réunion sont numérotés dans la série { $series }.
dialogue-meeting-field-kind = Type de réunion
dialogue-meeting-field-title = Titre
dialogue-meeting-field-dates = Dates
dialogue-meeting-field-opens = Ouverture
dialogue-meeting-field-closes = Clôture
dialogue-meeting-field-place = Lieu
dialogue-meeting-field-place-help = Ville et lieu de la réunion. Indiquez un lieu, une adresse en ligne, ou les deux.
dialogue-meeting-field-online = Adresse en ligne
dialogue-meeting-field-languages = Langues de travail
dialogue-meeting-field-agenda = Ordre du jour
dialogue-meeting-field-agenda-help = Un point par ligne, dans l’ordre. Pour rattacher un point à des priorités du document conceptuel, terminez la ligne par une barre verticale suivie des références, par exemple : Alerte rapide concernant les cours d’eau transfrontières | III.11, III.20
dialogue-meeting-field-rule = Règle de décision
dialogue-meeting-field-rule-default = La règle par défaut du mécanisme
dialogue-meeting-field-invited = Invitations
dialogue-meeting-field-invited-help-mechanism = Facultatif. Les membres du mécanisme s’inscrivent eux-mêmes ; vous pouvez inviter d’autres parties en qualité d’observateur ou d’invité.
dialogue-meeting-field-invited-help-ad-hoc = Invitez au moins une partie en qualité de membre. Une invitation est une offre : une partie ne participe qu’après l’avoir acceptée.
dialogue-meeting-field-invited-members = Parties invitées en qualité de membre
dialogue-meeting-field-invited-ids = Autres parties invitées en qualité de membre (codes, séparés par des virgules)
dialogue-meeting-field-observers = Parties invitées en qualité d’observateur (codes, séparés par des virgules)
dialogue-meeting-convene-submit = Convoquer la réunion
dialogue-meeting-error-title-empty = Veuillez donner un titre à la réunion.
dialogue-meeting-error-dates = Veuillez indiquer les dates d’ouverture et de clôture.
dialogue-meeting-error-closes-before-opens = La date de clôture de la réunion ne peut précéder sa date d’ouverture.
dialogue-meeting-error-no-place = Veuillez indiquer un lieu, une adresse en ligne, ou les deux.
dialogue-meeting-error-no-language = Veuillez choisir au moins une langue de travail.
dialogue-meeting-error-agenda-empty = L’ordre du jour doit comporter au moins un point.
dialogue-meeting-error-agenda-line = La ligne { $line } de l’ordre du jour n’a pas de titre.
dialogue-meeting-error-agenda-priority = Ligne { $line } de l’ordre du jour : « { $priority } » n’est pas une priorité du document conceptuel (utilisez III.1 à III.20).
dialogue-meeting-error-not-found = Aucune réunion ne porte cet identifiant.
dialogue-meeting-error-no-delegates = Veuillez indiquer au moins un délégué, en commençant par le chef de délégation.
dialogue-meeting-error-item = Veuillez choisir un point de l’ordre du jour.
dialogue-meeting-error-no-reason = Veuillez indiquer le motif de l’annulation de la réunion.
dialogue-meeting-error-revised-meanwhile = La réunion a été modifiée par quelqu’un d’autre après l’ouverture de ce formulaire ; rien n’a donc été changé. Rouvrez le formulaire pour voir la réunion telle qu’elle se présente maintenant.

dialogue-meeting-done-convened = La réunion a été convoquée. L’enregistrement correspondant est signé et figure dans le journal public.
dialogue-meeting-done-registered = Votre inscription a été enregistrée.
dialogue-meeting-done-withdrawn = Votre inscription a été retirée.
dialogue-meeting-done-approved = L’inscription a été approuvée.
dialogue-meeting-done-declined = L’inscription a été refusée.
dialogue-meeting-done-floor = Votre délégué a été inscrit sur la liste des orateurs.
dialogue-meeting-done-floor-withdrawn = Votre délégué a été retiré de la liste des orateurs.
dialogue-meeting-done-attached = Le document a été joint au point de l’ordre du jour.
dialogue-meeting-done-cancelled = La réunion a été annulée.
dialogue-meeting-done-revised = La réunion a été modifiée. L’enregistrement correspondant est signé et figure dans le journal public.
dialogue-meeting-cancelled-because = Cette réunion a été annulée :
dialogue-meeting-ics = Ajouter au calendrier (.ics)
dialogue-meeting-convener = Convoquée par
dialogue-meeting-ad-hoc = réunion ad hoc
dialogue-meeting-allowed-rules = Règles autorisées par le mécanisme
dialogue-meeting-series = Série de documents
dialogue-meeting-convened-on = Date de convocation
dialogue-meeting-revised-on = Date de modification
dialogue-meeting-agenda = Ordre du jour
dialogue-meeting-speakers = Liste des orateurs
dialogue-meeting-speakers-empty = Aucune délégation n’a demandé la parole sur ce point.
dialogue-meeting-floor-delegate = Orateur
dialogue-meeting-floor-request = Demander la parole
dialogue-meeting-floor-withdraw = Se retirer de la liste des orateurs
dialogue-meeting-floor-no-delegates = Pour demander la parole, indiquez le nom de vos délégués dans votre inscription.
dialogue-meeting-attach = Joindre un document à ce point
dialogue-meeting-attach-title = Titre du document
dialogue-meeting-attach-url = Adresse (https://…)
dialogue-meeting-attach-submit = Joindre
dialogue-meeting-participants = Participants
dialogue-meeting-participants-empty = Aucune partie ne s’est encore inscrite.
dialogue-meeting-approve = Approuver
dialogue-meeting-decline = Refuser
dialogue-meeting-registration = Votre délégation
dialogue-meeting-registration-yours = Inscription de votre partie :
dialogue-meeting-field-delegates = Délégués
dialogue-meeting-field-delegates-help = Un nom par ligne, en commençant par le chef de délégation.
dialogue-meeting-register = Inscrire la délégation
dialogue-meeting-accept-invitation = Accepter l’invitation
dialogue-meeting-decline-invitation = Décliner l’invitation
dialogue-meeting-update-delegation = Mettre à jour la délégation
dialogue-meeting-update-request = Mettre à jour la demande
dialogue-meeting-withdraw = Retirer l’inscription
dialogue-meeting-documents = Documents finals
dialogue-meeting-documents-empty = Aucun projet n’a été présenté à cette réunion.
dialogue-meeting-cancel = Annuler la réunion
dialogue-meeting-cancel-reason = Motif, tel qu’il sera communiqué aux participants
dialogue-meeting-cancel-submit = Annuler la réunion
dialogue-meeting-revise = Modifier la réunion
dialogue-meeting-revise-help = Publiez un ordre du jour révisé, modifiez les dates ou le lieu, ou ajoutez une adresse en ligne. Les participants voient la réunion telle que modifiée, et la modification constitue un enregistrement signé dans le journal public.
dialogue-meeting-revise-place-help = Laissez vide pour tenir la réunion uniquement en ligne ; indiquez un lieu, une adresse en ligne, ou les deux.
dialogue-meeting-revise-agenda-help = Un point par ligne, dans l’ordre, sous la forme « Titre | III.11, III.20 ». Les lignes sont rapprochées des points actuels selon leur position : la première ligne correspond au point 1, et ainsi de suite ; chaque point conserve ses orateurs et ses documents. Les lignes supplémentaires ajoutent des points à la fin. La suppression des dernières lignes supprime les points correspondants, ce qui est refusé pour un point comportant des orateurs inscrits ou des documents joints.
dialogue-meeting-revise-submit = Modifier la réunion

dialogue-rule-consensus = Consensus
dialogue-rule-consensus-help = Adopté lorsque aucun membre présent ne soulève d’objection formelle ; la dissociation et l’absence ne font pas obstacle à l’adoption.
dialogue-rule-consensus-minus-x = Consensus moins X
dialogue-rule-consensus-minus-x-help = Les membres peuvent choisir de ne pas participer sans faire obstacle à l’adoption ; adopté lorsque aucun membre présent ne soulève d’objection et qu’au moins un membre participe.
dialogue-rule-consensus-minus-one = Consensus moins un
dialogue-rule-consensus-minus-one-help = L’objection de la partie concernée ne fait pas obstacle à l’adoption ; celle de tout autre membre, si.
dialogue-rule-silence = Procédure d’approbation tacite
dialogue-rule-silence-help = Adopté à l’expiration du délai, à moins qu’un membre ne rompe le silence en soulevant une objection avant cette échéance.
dialogue-rule-simple-majority = Majorité simple
dialogue-rule-simple-majority-help = Adopté lorsque les voix pour sont plus nombreuses que les voix contre parmi les membres présents et votants ; les abstentions ne sont pas comptées.
dialogue-rule-two-thirds-majority = Majorité des deux tiers
dialogue-rule-two-thirds-majority-help = Adopté lorsque au moins les deux tiers des suffrages exprimés sont favorables ; les abstentions ne sont pas comptées.
dialogue-rule-security-council = Règle du Conseil de sécurité
dialogue-rule-security-council-help = Neuf voix affirmatives sur quinze, sans vote négatif d’un membre permanent ; les parties à un différend relevant du Chapitre VI s’abstiennent (Article 27 de la Charte).
dialogue-rule-default-marker = { $rule } (par défaut)

dialogue-document-error-not-found = Aucun document final ne porte cet identifiant.
dialogue-document-error-no-paragraphs = Veuillez saisir le texte, en séparant les paragraphes par une ligne vide.
dialogue-document-error-paragraph-number = Veuillez indiquer un numéro de paragraphe.
dialogue-document-table-draft = Présenter un projet de document final
dialogue-document-table-draft-submit = Présenter le projet
dialogue-document-field-title = Titre du document
dialogue-document-field-priorities-help = Facultatif. Maintenez la touche Ctrl (ou ⌘) enfoncée pour en sélectionner plusieurs.
dialogue-document-field-paragraphs = Texte
dialogue-document-field-paragraphs-help = Séparez les paragraphes par une ligne vide. Les paragraphes sont numérotés dans l’ordre.
dialogue-document-column-title = Document
dialogue-document-column-version = Version
dialogue-document-proposed-by = Présenté par
dialogue-document-symbol = Cote
dialogue-document-amendment-count =
    { $count ->
        [one] { $count } amendement
       *[other] { $count } amendements
    }
dialogue-document-status-drafting = En cours de rédaction
dialogue-document-status-in-decision = Décision en cours
dialogue-document-status-adopted = Adopté
dialogue-document-status-not-adopted = Non adopté
dialogue-document-meeting = Réunion
dialogue-document-chair = Présidence
dialogue-document-current-version = Version { $version } du { $date }
dialogue-document-current-text = Texte actuel
dialogue-document-text-of-version = Texte de la version
dialogue-document-show-version = Version
dialogue-document-show = Afficher
dialogue-document-un-symbol = Cote du document de l’Organisation des Nations Unies
dialogue-document-versions = Versions et modifications
dialogue-document-one-version = Le texte n’a pas été modifié : seul le projet existe.
dialogue-document-done-drafted = Le projet a été présenté.
dialogue-document-done-amended = Votre amendement a été proposé. La présidence l’acceptera ou le rejettera.
dialogue-document-done-accepted = L’amendement a été accepté ; le texte fait l’objet d’une nouvelle version.
dialogue-document-done-rejected = L’amendement a été rejeté.
dialogue-document-done-opened = La procédure de décision est ouverte. Les membres peuvent désormais faire enregistrer leur position.
dialogue-document-done-position = Votre position a été enregistrée.
dialogue-document-done-closed = La procédure de décision a été close.
dialogue-document-done-commitment = L’engagement a été enregistré.
dialogue-document-done-reported = Votre rapport sur la mise en œuvre a été enregistré.
dialogue-version-draft = Version { $version } — projet, { $date }
dialogue-version-amended = Version { $version } — amendement { $amendment }, { $date }
dialogue-diff-title = Modifications de la version { $from } à la version { $to }
dialogue-diff-from = De la version
dialogue-diff-to = À la version
dialogue-diff-compare = Comparer
dialogue-diff-legend = Légende :
dialogue-diff-legend-deleted = supprimé
dialogue-diff-legend-inserted = inséré
dialogue-diff-same = Les deux versions sont identiques.
dialogue-diff-unchanged = Paragraphe { $number }, inchangé
dialogue-diff-changed = Paragraphe { $number }, modifié
dialogue-diff-inserted = Paragraphe { $number }, inséré
dialogue-diff-deleted = Ancien paragraphe { $number }, supprimé

dialogue-amendments = Amendements
dialogue-amendments-empty = Aucun amendement n’a été proposé.
dialogue-amendment-column-number = Nº
dialogue-amendment-column-by = Proposé par
dialogue-amendment-column-change = Modification
dialogue-amendment-column-text = Texte proposé
dialogue-amendment-reason = Motif :
dialogue-amendment-against = portant sur la version { $version }
dialogue-amendment-produced = A donné lieu à la version { $version }
dialogue-amendment-op-replace-n = Remplacer le paragraphe { $number }
dialogue-amendment-op-insert-n = Insérer après le paragraphe { $number }
dialogue-amendment-op-insert-first = Insérer avant le paragraphe 1
dialogue-amendment-op-delete-n = Supprimer le paragraphe { $number }
dialogue-amendment-status-proposed = Proposé
dialogue-amendment-status-accepted = Accepté
dialogue-amendment-status-rejected = Rejeté
dialogue-amendment-accept = Accepter
dialogue-amendment-reject = Rejeter
dialogue-amendment-propose = Proposer un amendement
dialogue-amendment-field-op = Modification
dialogue-amendment-op-replace = Remplacer le paragraphe
dialogue-amendment-op-insert = Insérer un nouveau paragraphe après
dialogue-amendment-op-delete = Supprimer le paragraphe
dialogue-amendment-field-paragraph = Numéro du paragraphe
dialogue-amendment-field-paragraph-help =
    { $count ->
        [one] Le texte actuel compte { $count } paragraphe. Pour insérer au début, indiquez 0.
       *[other] Le texte actuel compte { $count } paragraphes. Pour insérer au début, indiquez 0.
    }
dialogue-amendment-field-text = Texte proposé
dialogue-amendment-field-text-help = Le paragraphe entier, tel qu’il devrait être libellé. Laissez vide pour supprimer.
dialogue-amendment-field-reason = Motif (facultatif)
dialogue-amendment-submit = Proposer l’amendement

dialogue-decision = Décision
dialogue-decision-is-open = en cours
dialogue-decision-none = Aucune procédure de décision n’a été ouverte sur ce document.
dialogue-decision-rule = Règle
dialogue-decision-on-version = Version examinée
dialogue-decision-opened = Ouverture
dialogue-decision-members = Membres appelés à se prononcer
dialogue-decision-party-concerned-is = partie concernée : { $party }
dialogue-decision-deadline-is = délai expirant le { $date }
dialogue-decision-chapter-vi-are = parties au différend : { $parties }
dialogue-decision-your-position = Position de votre partie :
dialogue-decision-position = Position
dialogue-decision-comfort = Degré d’adhésion (facultatif)
dialogue-decision-comfort-none = Non précisé
dialogue-decision-comfort-help = Le degré d’adhésion de votre partie au consensus auquel elle se rallie ou dont elle se dissocie ; il n’est enregistré qu’avec une position d’appui ou de dissociation.
dialogue-decision-record-position = Enregistrer la position
dialogue-decision-close = Clore la procédure de décision
dialogue-decision-close-help = La clôture arrête l’issue de la décision. Si le document est adopté, il reçoit la cote suivante de la série.
dialogue-decision-close-pending = La procédure d’approbation tacite est toujours en cours ; la procédure de décision pourra être close après l’expiration du délai.
dialogue-decision-blocked-by-amendment = L’amendement { $number } doit encore être accepté ou rejeté avant qu’une procédure de décision puisse être ouverte.
dialogue-decision-open = Ouvrir une procédure de décision
dialogue-decision-open-help = La décision porte sur la version { $version } du texte, qui reste figée jusqu’à la clôture de la procédure. Les membres appelés à se prononcer sont les membres dont l’inscription à la réunion a été approuvée.
dialogue-decision-deadline = Date limite (UTC)
dialogue-decision-deadline-help = Pour la procédure d’approbation tacite uniquement.
dialogue-decision-party-concerned = Partie concernée
dialogue-decision-party-concerned-help = Pour la règle du consensus moins un uniquement.
dialogue-decision-chapter-vi = Parties au différend (Chapitre VI)
dialogue-decision-chapter-vi-help = Pour la règle du Conseil de sécurité uniquement ; ces parties s’abstiennent.
dialogue-decision-open-submit = Ouvrir la procédure de décision
dialogue-decision-history = Décisions prises
dialogue-decision-error-party-concerned = Veuillez choisir la partie concernée.
dialogue-decision-error-deadline = Veuillez indiquer la date limite de la procédure d’approbation tacite.
dialogue-decision-error-deadline-past = La date limite de la procédure d’approbation tacite doit se situer dans le futur.
dialogue-decision-error-position = Veuillez choisir une position.
dialogue-position-support = Appui
dialogue-position-stand-aside = Dissociation
dialogue-position-object = Objection
dialogue-position-opt-out = Non-participation
dialogue-position-yes = Pour
dialogue-position-no = Contre
dialogue-position-abstain = Abstention
dialogue-comfort-support = Appui sans réserve
dialogue-comfort-can-live-with-it = Peut s’en accommoder
dialogue-comfort-reservations = Avec des réserves

dialogue-tally-live = Décompte en direct
dialogue-tally-final = Décompte
dialogue-tally-chart-title = Positions exprimées sur la décision { $number }
dialogue-tally-members =
    { $count ->
        [one] { $count } membre appelé à se prononcer
       *[other] { $count } membres appelés à se prononcer
    }
dialogue-tally-not-yet = Pas encore de position
dialogue-tally-not-voting = Ne participant pas au vote
dialogue-tally-position = Position
dialogue-tally-count = Membres
dialogue-tally-comfort = Degré d’adhésion : appui sans réserve { $support }, peut s’en accommoder { $live }, avec des réserves { $reservations }.
dialogue-tally-comfort-level = Degré d’adhésion
dialogue-reason-no-quorum = Non adopté : quorum non atteint ({ $present } membres présents sur { $members } ; { $required } requis).
dialogue-reason-objection = Non adopté : objection formelle de { $parties }.
dialogue-reason-only-party-concerned-present = Non adopté : aucun membre autre que la partie concernée ({ $party }) n’était présent.
dialogue-reason-nobody-present = Non adopté : aucun membre n’était présent.
dialogue-reason-everyone-opted-out = Non adopté : tous les membres présents ont choisi de ne pas participer.
dialogue-reason-adopted-with-opt-outs = Adopté : aucun membre présent n’a formulé d’objection ; { $in } participent, { $out } ne participent pas ({ $parties }).
dialogue-reason-adopted-over-party-concerned = Adopté : aucun membre présent n’a formulé d’objection hormis la partie concernée ({ $party }), dont l’objection ne fait pas obstacle.
dialogue-reason-adopted-without-objection = Adopté : aucun membre présent n’a formulé d’objection.
dialogue-reason-silence-broken = Non adopté : silence rompu par { $parties }.
dialogue-reason-silence-running = En cours : la procédure d’approbation tacite court jusqu’au { $date } ; aucun membre n’a rompu le silence.
dialogue-reason-silence-kept = Adopté : la procédure d’approbation tacite a pris fin le { $date } sans qu’aucun membre ne rompe le silence.
dialogue-reason-majority-in-favour = Adopté à la majorité simple : { $yes } voix pour, { $no } contre et { $abstain } abstentions.
dialogue-reason-majority-tied = Non adopté : { $yes } voix pour, { $no } contre et { $abstain } abstentions ; le partage égal des voix vaut rejet.
dialogue-reason-majority-against = Non adopté : { $yes } voix pour, { $no } contre et { $abstain } abstentions.
dialogue-reason-two-thirds-in-favour = Adopté à la majorité des deux tiers : { $yes } voix pour, { $no } contre et { $abstain } abstentions.
dialogue-reason-two-thirds-short = Non adopté : { $yes } voix pour, { $no } contre et { $abstain } abstentions ; les deux tiers des votants doivent voter pour.
dialogue-reason-council-too-few-votes = Non adopté : { $yes } voix pour, { $no } contre et { $abstain } abstentions ; { $required } voix pour sont requises.
dialogue-reason-council-veto =
    { $count ->
        [one] Non adopté : veto de { $parties } (membre permanent).
       *[other] Non adopté : veto de { $parties } (membres permanents).
    }
dialogue-reason-council-adopted = Adopté : { $yes } voix pour, { $no } contre et { $abstain } abstentions ; aucun membre permanent n’a voté contre.
dialogue-tally-recorded = Date d’enregistrement
dialogue-tally-no-position = Aucune position
dialogue-tally-so-far = À ce stade :
dialogue-tally-if-closed-now = Si la procédure de décision était close maintenant :
dialogue-tally-outcome = Issue :
dialogue-tally-by-member = Positions par membre
dialogue-tally-refresh = Actualiser le décompte
dialogue-tally-refresh-help = il s’actualise de lui-même toutes les quelques secondes lorsque JavaScript est activé.
dialogue-tally-closed-help = Cette procédure de décision est close ; le décompte est définitif.
dialogue-tally-reload = Afficher le panneau de décision

dialogue-adoption = Relevé de l’adoption
dialogue-adoption-date = Adopté le
dialogue-adoption-text-hash = Hachage du texte (SHA-256)
dialogue-adoption-text-hash-help = Chacun peut le recalculer à partir du texte adopté : le titre, une ligne vide, puis chaque paragraphe sous la forme « n. texte » sur une ligne distincte.
dialogue-adoption-text-file = Le texte adopté sous forme de fichier
dialogue-adoption-text-file-help = Vérifiez-le vous-même : sha256sum { $file } affiche l’empreinte ci-dessus.
dialogue-adoption-in = Parties participantes
dialogue-adoption-out = Parties ayant choisi de ne pas participer
dialogue-adoption-positions = Positions lors de l’adoption

dialogue-commitments = Engagements
dialogue-commitment = Engagement
dialogue-commitments-none-yet = Aucun paragraphe n’a encore été désigné comme engagement.
dialogue-commitment-paragraph = Paragraphe
dialogue-commitment-due = Échéance
dialogue-commitment-parties = Parties engagées
dialogue-commitment-parties-help = Seuls les membres qui se sont associés à l’adoption peuvent être engagés par celle-ci : ceux qui l’ont appuyée ou ont voté pour, et, dans une procédure d’approbation tacite, ceux qui ont gardé le silence. Sont exclus ceux qui s’en sont dissociés, n’y ont pas participé, ont soulevé une objection, ont voté contre, se sont abstenus ou étaient absents.
dialogue-commitment-mark = Désigner un paragraphe comme engagement
dialogue-commitment-mark-submit = Enregistrer l’engagement
dialogue-commitment-reports = Rapports sur la mise en œuvre
dialogue-commitment-report = Rapport sur la mise en œuvre
dialogue-commitment-narrative = Mesures prises
dialogue-commitment-evidence = Justificatifs (liens, un par ligne)
dialogue-commitment-evidence-help = Adresses commençant par https:// ou http://, 20 au plus.
dialogue-commitment-report-submit = Soumettre le rapport
dialogue-commitment-error-due = Veuillez indiquer l’échéance sous forme de date.
dialogue-commitment-status-not-started = Non commencé
dialogue-commitment-status-in-progress = En cours
dialogue-commitment-status-completed = Achevé
dialogue-commitment-status-delayed = En retard
dialogue-commitment-status-no-report = Aucun rapport pour l’instant

dialogue-commitments-title = Suivi des engagements
dialogue-commitments-intro = Les engagements pris par les parties dans les documents finals adoptés, et ce qu’elles rapportent sur leur mise en œuvre : par document, par partie et par priorité du document conceptuel.
dialogue-commitments-filter-document = Document
dialogue-commitments-count =
    { $count ->
        [one] { $count } engagement
       *[other] { $count } engagements
    }
dialogue-commitments-empty = Aucun document adopté ne comporte encore d’engagements.
dialogue-commitments-empty-filtered = Aucun engagement ne correspond à ces filtres.
dialogue-commitments-progress =
    { $completed ->
        [one] { $completed } achevé sur { $total }
       *[other] { $completed } achevés sur { $total }
    }
dialogue-commitments-by-document = Par document
dialogue-commitments-by-party = Par partie
dialogue-commitments-by-priority = Par priorité
dialogue-commitments-list = Tous les engagements
dialogue-commitments-column-commitments = Engagements
dialogue-commitments-column-progress = État d’avancement
dialogue-commitments-reports =
    { $count ->
        [one] { $count } rapport
       *[other] { $count } rapports
    }
dialogue-records-title = Enregistrements signés
dialogue-records-help = Chaque étape ci-dessus est un enregistrement signé par la partie qui l’a accomplie et conservé dans le journal de transparence. La page de chaque enregistrement revérifie sa preuve d’inclusion dans votre navigateur.

## Ma partie : règles de décision

party-rules-title = Règles de décision
party-rules-help = Les règles selon lesquelles vos réunions peuvent se prononcer, la règle qu’elles appliquent à moins qu’une réunion n’en choisisse une autre, le quorum et la série dans laquelle vos documents adoptés sont numérotés. Toute nouvelle déclaration constitue un nouvel enregistrement signé.
party-rules-undeclared = Votre mécanisme n’a pas encore déclaré ses règles : ses réunions se prononcent par consensus ou selon la procédure d’approbation tacite, et ses documents sont numérotés sous son identifiant en majuscules.
party-rules-allowed = Règles que vos réunions peuvent appliquer
party-rules-default = Règle par défaut
party-rules-quorum = Quorum
party-rules-quorum-help = Facultatif : un nombre de membres présents (10) ou une fraction des membres (2/3).
party-rules-series = Série de documents
party-rules-series-help = Lettres majuscules, chiffres et « - », en segments séparés par « / » : SCO/GSI donne SCO/GSI/2026/1.
party-rules-declare = Déclarer ces règles
party-rules-declared = Les règles ont été déclarées et enregistrées.
