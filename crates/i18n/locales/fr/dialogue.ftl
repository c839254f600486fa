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
