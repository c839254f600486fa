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
common-error-413 = Trop volumineux
common-error-413-detail = Le formulaire envoyé dépasse ce que la plateforme accepte en une fois (2 Mio). Rien n’a été enregistré. Raccourcissez le texte ou répartissez-le sur plusieurs envois.
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

## Connexion

auth-title = Connexion
auth-intro = Connectez-vous avec le compte que le secrétariat de votre partie a créé pour vous.
auth-username = Nom d’utilisateur
auth-password = Mot de passe
auth-submit = Se connecter
auth-wrong-password = Le nom d’utilisateur ou le mot de passe est incorrect.
auth-rate-limited =
    { $seconds ->
        [one] Trop de tentatives. Veuillez réessayer dans { $seconds } seconde.
       *[other] Trop de tentatives. Veuillez réessayer dans { $seconds } secondes.
    }
auth-busy = La plateforme vérifie de nombreuses connexions en ce moment. Veuillez réessayer dans une seconde.
auth-session-expired = Votre session a expiré. Veuillez vous reconnecter.
auth-csrf-failed = Ce formulaire a expiré ou n’a pas été envoyé depuis ce site. Veuillez recharger la page et réessayer.
auth-account-disabled = Ce compte a été désactivé. Veuillez contacter le secrétariat de votre partie.
auth-sign-in-required = Veuillez vous connecter pour continuer.
auth-signed-out = Votre session a été fermée.
auth-signed-out-everywhere =
    Vous avez été déconnecté de tous les navigateurs. { $tokens ->
        [0] Vos jetons d’API restent valides.
        [one] Un jeton d’API a été révoqué.
       *[other] { $tokens } jetons d’API ont été révoqués.
    }

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
party-tokens-help = Un jeton permet à un programme d’agir en votre nom. Ne lui donnez que les droits nécessaires et la durée la plus courte possible ; il cesse à son expiration, s’il est révoqué, ou si vous vous déconnectez partout en révoquant les jetons.
party-token-scopes = Droits
party-token-expires = Expire le
party-token-status-expired = Expiré
party-token-lasts = Durée
party-token-days = { $days } jours
party-token-scope-read = Lire ce que vous pouvez voir
party-token-scope-write-registry = Modifier le registre
party-token-scope-write-concerns = Déposer des préoccupations et y répondre
party-token-scope-write-dialogue = Agir dans les réunions et les documents
party-token-needs-scope = Choisissez au moins un droit pour ce jeton.
party-token-days-invalid = Choisissez la durée du jeton dans la liste.
party-sign-out-everywhere = Se déconnecter partout
party-sign-out-everywhere-help = Met fin à toutes vos sessions, dans chaque navigateur et sur chaque appareil, y compris celui-ci. À utiliser si un appareil a été perdu ou si votre mot de passe a pu être connu.
party-sign-out-revoke-tokens = Révoquer aussi tous mes jetons d’API
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

## Refus : chaque règle dit pourquoi (déclarés dans les fichiers refusals.rs ; l’anglais est la déclaration)

refusal-text-empty = le champ { $field } est vide
refusal-text-too-long = le champ { $field } compte { $chars } caractères ; { $max } au plus sont admis
refusal-text-control-character = le champ { $field } contient le caractère de contrôle U+{ $code } à la position { $at } ; seuls les tabulations et les sauts de ligne sont admis
refusal-text-bidi-control = le champ { $field } contient le caractère de mise en forme directionnelle U+{ $code } à la position { $at }, qui peut faire lire le texte autrement qu’il n’est enregistré ; laissez la page gérer le sens
refusal-not-a-party-id = « { $value } » n’est pas un identifiant de partie : utilisez un code ISO 3166-1 alpha-3 tel que CHN, ou un identifiant court en minuscules tel que sco
refusal-not-a-concern-id = « { $value } » n’est pas un identifiant de préoccupation
refusal-not-a-meeting-id = « { $value } » n’est pas un identifiant de réunion
refusal-not-a-document-id = « { $value } » n’est pas un identifiant de document
refusal-not-a-priority = « { $value } » n’est pas une priorité : utilisez III.1 à III.{ $last }
refusal-not-a-security-domain = « { $value } » n’est pas un domaine de sécurité : utilisez traditional ou non_traditional
refusal-not-a-un-symbol = « { $value } » n’est pas une cote de document de l’ONU (par exemple S/RES/2231 (2015) ou A/RES/76/234)
refusal-not-a-role = « { $value } » n’est pas un rôle : utilisez delegate, focal_point, secretariat ou reader
refusal-not-a-date = « { $value } » n’est pas une date : utilisez AAAA-MM-JJ (YYYY-MM-DD)
refusal-not-a-time = « { $value } » n’est pas une heure au format RFC 3339 : { $reason }
refusal-not-a-party-kind = « { $value } » n’est pas un type de partie : utilisez l’un de { $kinds }
refusal-not-a-membership-role = « { $value } » n’est pas un rôle de membre : utilisez member, permanent_member, elected_member, observer, dialogue_partner, partner, participant, organiser, administrator, contributor, state_party ou suspended_member
refusal-acts-for-another-party = l’utilisateur { $user } relève de { $party } et ne peut pas agir au nom de { $author }
refusal-role-may-not-author = l’utilisateur { $user } n’a aucun rôle qui l’autorise à rédiger des enregistrements au nom de { $author }
refusal-alpha3-for-a-non-state = partie { $party } : les identifiants ISO 3166-1 alpha-3 sont réservés aux États et territoires, pas à un { $kind }
refusal-party-not-registered = aucune partie { $party } n’est enregistrée
refusal-keeps-no-membership-list = { $party } est un { $kind } et ne tient pas de liste de membres
refusal-own-member = un mécanisme ne peut pas être son propre membre
refusal-membership-ends-before-it-starts = la qualité de membre prend fin ({ $to }) avant de commencer ({ $from })
refusal-registers-no-participants = seuls un forum, un mécanisme ou une organisation enregistrent des participants ; { $party } est un { $kind }
refusal-not-a-registrable-participant = un secrétariat enregistre des groupes de réflexion, des académies et des organisations sociales, pas un { $kind }
refusal-unknown-record-kind = aucun module n’écrit d’enregistrements de type { $kind }
refusal-record-does-not-parse = l’enregistrement de type { $kind } ne peut pas être lu : { $reason }
refusal-entity-of-another-type = { $key } n’est pas du type lu
refusal-entity-missing = { $what } n’existe pas
refusal-key-names-a-history = { $key } désigne un historique, non une entité
refusal-no-such-user = aucun utilisateur nommé { $user }
refusal-password-too-long = un mot de passe compte au plus { $max } octets
refusal-password-too-short = un mot de passe doit compter au moins { $min } caractères
refusal-state-convenes-ad-hoc = { $party } est un État ; un État convoque des réunions ad hoc, pas des réunions de mécanisme
refusal-bad-consistency-range = une preuve de cohérence exige 1 <= from <= to <= { $size } (la taille de l’arbre) ; reçu from={ $from }, to={ $to }
refusal-no-such-record = aucun enregistrement { $index } dans le journal
refusal-user-exists = un utilisateur nommé { $name } existe déjà
refusal-user-without-role = un utilisateur doit avoir au moins un rôle
refusal-party-already-registered = la partie { $party } est déjà enregistrée
refusal-not-a-user-name = « { $value } » n’est pas un nom d’utilisateur : utilisez de 1 à 64 lettres, chiffres, « . », « _ », « - » ou « @ »
refusal-no-such-mechanism = aucun mécanisme { $mechanism } n’est enregistré
refusal-not-a-category = « { $value } » n’est pas une catégorie : utilisez ldc, lldc ou sids
refusal-not-a-regional-group = « { $value } » n’est pas un groupe régional de l’ONU : utilisez l’un de { $groups }
refusal-membership-twice = la qualité de membre { $membership } figure deux fois
refusal-import-party-missing = aucune partie { $party } n’est enregistrée sur ce nœud ; rien n’a été importé
refusal-bad-rows =
    le fichier contient { $count } ligne(s) erronée(s) ; rien n’a été importé :
    { $rows }
refusal-no-such-token = { $user } n’a pas de jeton { $id }
refusal-token-label = le libellé d’un jeton compte au plus 100 caractères, sans caractère de contrôle
refusal-token-without-scope = un jeton doit avoir au moins une portée : read, ou write:MODULE
refusal-token-days = un jeton est valable de 1 à { $max } jours, pas { $days }
refusal-not-a-scope = « { $value } » n’est pas une portée de jeton ; utilisez read ou write:MODULE, MODULE étant l’un de { $modules }
refusal-store-unreadable = le stockage n’a pas pu être lu
refusal-changed-while-read = { $key } a changé pendant sa lecture

refusal-distribution-not-a-distribution = « { $value } » n’est pas une diffusion : utilisez public, originator ou parties:CHN,RUS
refusal-distribution-not-wider = une diffusion ne peut qu’être élargie : { $to } laisse de côté un lecteur de { $from }, et ce qui a été divulgué ne peut être repris
refusal-distribution-unchanged = { $to } le lit déjà : rien à élargir
transparency-sealed = enregistrement scellé
transparency-author-hidden = non indiqué
transparency-sealed-help = Cet enregistrement est scellé : seules les parties auxquelles il est destiné peuvent le lire. Chacun peut toutefois vérifier sa signature, sa place dans le journal et les points de contrôle du journal.
nav-api-docs-intro = Toutes les opérations de l’API de ce nœud, lues dans son document OpenAPI :
home-waiting = En attente de votre partie
home-waiting-none = Rien n’attend votre partie.
home-waiting-all = Tout sur la page Ma partie
