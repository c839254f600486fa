### Dialogue (IV.1–IV.4): meetings, outcome documents, decisions and commitments.
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

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
dialogue-meeting-error-dates = Veuillez indiquer les dates d’ouverture et de clôture.
dialogue-meeting-error-agenda-priority = Ligne { $line } de l’ordre du jour : « { $priority } » n’est pas une priorité du document conceptuel (utilisez III.1 à III.20).
dialogue-meeting-error-not-found = Aucune réunion ne porte cet identifiant.
dialogue-meeting-error-item = Veuillez choisir un point de l’ordre du jour.
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

## Refus : chaque règle dit pourquoi (déclarés dans les fichiers refusals.rs ; l’anglais est la déclaration)

refusal-decision-dispute-party-must-abstain = { $party } est partie au différend au titre du Chapitre VI et doit s’abstenir (Article 27, paragraphe 3)
refusal-decision-position-does-not-fit = { $party } a pris la position « { $position } », qui ne convient pas à la règle { $rule } : utilisez { $fits }
refusal-decision-not-present = { $party } n’est pas présente et ne peut pas prendre position
refusal-decision-not-a-member-cannot-take-position = { $party } n’est pas membre de l’organe et ne peut pas prendre position
refusal-decision-security-council-composition = le Conseil de sécurité compte { $size } membres, dont { $permanent_seats } permanents ; cet organe compte { $members } membres, dont { $permanent } permanents
refusal-decision-party-concerned-not-member = la partie concernée, { $party_concerned }, n’est pas membre de l’organe
refusal-decision-silence-has-no-quorum = la procédure d’approbation tacite n’a pas de quorum : la présence ne s’y applique pas
refusal-decision-quorum-not-a-fraction = un quorum de { $num }/{ $den } n’est pas une fraction comprise entre 0 et 1
refusal-decision-present-not-member = { $party } est indiquée comme présente mais n’est pas membre de l’organe
refusal-decision-member-twice = { $party } figure deux fois parmi les membres
refusal-decision-body-without-members = un organe de décision doit avoir au moins un membre
refusal-decision-comfort-with-wrong-position = { $party } indique un degré d’adhésion avec « { $position } » ; un degré d’adhésion ne va qu’avec le soutien ou la mise en retrait
refusal-decision-not-a-member-takes-no-position = { $party } n’est pas membre de cet organe et n’y prend pas position
refusal-decision-not-a-quorum = « { $value } » n’est pas un quorum : utilisez un nombre de membres tel que 10, ou une fraction des membres telle que 2/3
refusal-decision-consensus-minus-one-needs-party = le consensus moins un exige party_concerned : la partie dont l’objection ne bloque pas
refusal-decision-silence-needs-deadline = la procédure d’approbation tacite exige une date limite
refusal-decision-does-not-apply-to-rule = { $field } ne s’applique pas à la règle { $rule }
refusal-decision-not-one-of = « { $value } » n’est pas { $what } : utilisez { $listed }
refusal-decision-not-a-position = « { $value } » n’est pas une position : utilisez support, stand_aside, object ou opt_out sous une règle de consensus, yes, no ou abstain lors d’un vote
refusal-dialogue-default-not-allowed = la règle par défaut, { $rule }, ne figure pas parmi les règles admises
refusal-dialogue-no-allowed-rule = un mécanisme admet au moins une règle
refusal-dialogue-state-declares-no-rules = { $party } est un État ; seuls les mécanismes et les organisations déclarent des règles de décision
refusal-dialogue-not-a-series = « { $series } » n’est pas une série de documents : utilisez de 2 à 40 lettres majuscules, chiffres ou « - », en segments séparés par « / » (par exemple GSI/HLC)
refusal-dialogue-not-a-web-address = le champ { $field } « { $value } » n’est pas une adresse http ou https
refusal-dialogue-meeting-already-convened = la réunion { $meeting } est déjà convoquée
refusal-dialogue-no-pending-registration = { $party } n’a aucune inscription en attente de décision
refusal-dialogue-meeting-missing = la réunion n’existe pas
refusal-dialogue-revised-since-opened = la réunion a été révisée après l’ouverture de ce formulaire ; rien n’a été modifié. Ouvrez à nouveau le formulaire pour voir la réunion dans son état actuel
refusal-dialogue-revision-changes-nothing = la révision ne change rien
refusal-dialogue-agenda-empty = l’ordre du jour doit comporter au moins un point
refusal-dialogue-item-cannot-be-removed = le point { $item } (« { $title } ») ne peut pas être supprimé : il comporte { $held }, et sa suppression les retirerait du compte rendu de la réunion ; modifiez plutôt son intitulé
refusal-dialogue-retitle-needs-change = modifier l’intitulé du point { $item } exige un nouvel intitulé, de nouvelles priorités, ou les deux
refusal-dialogue-item-changed-twice = le point { $item } est modifié plus d’une fois dans la révision
refusal-dialogue-agenda-has-no-item = l’ordre du jour comporte les points 1 à { $count } ; il n’y a pas de point { $item }
refusal-dialogue-neither-convenes-nor-takes-part = { $party } ne convoque pas cette réunion et n’y participe pas
refusal-dialogue-not-speaking = { $party } n’est pas inscrite sur la liste des orateurs pour le point { $item }
refusal-dialogue-already-speaking = { $party } est déjà inscrite sur la liste des orateurs pour le point { $item }
refusal-dialogue-not-a-delegate = « { $delegate } » n’est pas un délégué de { $party } ; enregistrez d’abord le délégué
refusal-dialogue-not-an-approved-participant = { $party } n’est pas un participant approuvé de cette réunion
refusal-dialogue-no-registration-to-withdraw = { $party } n’a aucune inscription à retirer
refusal-dialogue-ad-hoc-convener-cancels = l’organisateur d’une réunion ad hoc l’annule au lieu de se retirer
refusal-dialogue-registration-not-pending = l’inscription de { $party } est { $status }, et non en attente de décision
refusal-dialogue-not-registered = { $party } ne s’est pas inscrite
refusal-dialogue-state-registers-as-member-or-observer = { $party } est un État ou une organisation : elle s’inscrit comme membre ou comme observateur
refusal-dialogue-not-invited-as-member = { $party } n’a pas été invitée comme membre de cette réunion ad hoc ; elle peut demander à y assister comme observateur
refusal-dialogue-not-a-member-on-date = { $party } n’est pas membre de { $mechanism } au { $date } ; elle peut s’inscrire comme observateur
refusal-dialogue-delegation-size = une délégation nomme de 1 à 50 délégués, le chef de délégation en premier
refusal-dialogue-convener-does-not-register = { $party } convoque cette réunion et en assure le secrétariat ; elle ne s’inscrit pas
refusal-dialogue-rule-not-allowed = { $mechanism } n’admet pas la règle { $rule } ; il admet { $allowed }
refusal-dialogue-ad-hoc-without-members = une réunion ad hoc réunit des parties nommées : invitez-en au moins une comme membre
refusal-dialogue-invited-twice = { $party } est invitée deux fois
refusal-dialogue-convener-invites-itself = { $party } convoque la réunion et ne s’invite pas elle-même
refusal-dialogue-meeting-exists = une réunion { $meeting } existe déjà
refusal-dialogue-no-language = une réunion doit avoir au moins une langue
refusal-dialogue-not-a-language = « { $value } » n’est pas un code de langue (utilisez deux ou trois lettres, par exemple en ou zh)
refusal-dialogue-no-place = une réunion doit avoir un lieu, une adresse en ligne, ou les deux
refusal-dialogue-closes-before-opens = la réunion se termine ({ $closes }) avant de s’ouvrir ({ $opens })
refusal-dialogue-no-agenda-item = l’ordre du jour n’a pas de point { $number }
refusal-dialogue-only-the-convener = seul l’organisateur, { $convener }, peut { $what } ; { $party } n’est pas l’organisateur
refusal-dialogue-meeting-cancelled = la réunion a été annulée ({ $reason })
refusal-dialogue-no-commitment = aucun engagement { $commitment }
refusal-dialogue-symbol-mismatch = la clôture donne la cote { $symbol } là où la série donne { $expected }
refusal-dialogue-no-decision-open = aucune décision n’est ouverte
refusal-dialogue-silence-ended = la procédure d’approbation tacite a pris fin le { $deadline } ; il n’est plus possible de prendre position
refusal-dialogue-amendment-no-longer-applies = l’amendement { $amendment } ne s’applique plus
refusal-dialogue-no-amendment = aucun amendement { $amendment }
refusal-dialogue-document-already-drafted = le document { $document } est déjà rédigé
refusal-dialogue-only-adopted-commitments = seuls les paragraphes d’un document adopté peuvent constituer des engagements
refusal-dialogue-amendment-not-pending = l’amendement { $amendment } n’est pas en attente de décision
refusal-dialogue-document-missing = le document n’existe pas
refusal-dialogue-too-much-evidence = un rapport renvoie à 20 éléments de preuve au plus
refusal-dialogue-not-committed = { $party } n’est pas liée par l’engagement { $commitment } et n’en rend pas compte
refusal-dialogue-no-such-commitment = le document ne comporte pas d’engagement { $commitment }
refusal-dialogue-not-joined-adoption = { $party } ne s’est pas associée à l’adoption et ne peut donc pas être liée par elle
refusal-dialogue-commitment-without-party = un engagement nomme au moins une partie
refusal-dialogue-no-such-paragraph-in-adopted = le texte adopté comporte les paragraphes 1 à { $count } ; il n’y a pas de paragraphe { $paragraph }
refusal-dialogue-no-decision-open-on-document = aucune décision n’est ouverte sur ce document
refusal-dialogue-silence-deadline-passed = la date limite de la procédure d’approbation tacite, { $deadline }, est déjà passée
refusal-dialogue-no-members-to-decide = la réunion n’a aucun membre approuvé pour décider
refusal-dialogue-amendment-pending = l’amendement { $amendment } reste à accepter ou à rejeter
refusal-dialogue-mechanism-disallows-rule = le mécanisme de cette réunion n’admet pas { $rule }
refusal-dialogue-amendment-no-longer-applies-reject = l’amendement { $amendment } ne s’applique plus : le paragraphe qu’il modifie a disparu du texte actuel ; rejetez-le
refusal-dialogue-amendment-already-decided = il a déjà été statué sur l’amendement { $amendment }
refusal-dialogue-no-such-amendment = le document ne comporte pas d’amendement { $amendment }
refusal-dialogue-document-keeps-a-paragraph = un document conserve au moins un paragraphe
refusal-dialogue-amendment-changes-nothing = l’amendement laisse le paragraphe { $paragraph } inchangé
refusal-dialogue-no-such-paragraph-in-version = la version { $version } comporte les paragraphes 1 à { $count } ; il n’y a pas de paragraphe { $paragraph }
refusal-dialogue-not-convener-nor-member = { $party } n’est ni l’organisateur ni un membre approuvé de cette réunion
refusal-dialogue-document-exists = un document { $document } existe déjà
refusal-dialogue-paragraph-count = un document compte de 1 à 500 paragraphes
refusal-dialogue-document-adopted-text-fixed = le document est adopté ; son texte ne peut plus changer
refusal-dialogue-decision-open-text-fixed = une décision est ouverte sur ce document ; le texte est figé jusqu’à sa clôture
refusal-dialogue-no-such-meeting = aucune réunion { $meeting }
refusal-dialogue-no-such-document = aucun document { $document }
refusal-dialogue-no-such-version = le document comporte les versions 1 à { $count } ; il n’y a pas de version { $version }
refusal-dialogue-silence-still-running = la procédure d’approbation tacite court jusqu’au { $deadline } ; la décision est close ensuite
