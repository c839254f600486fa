### Dialogue (IV.1–IV.4): meetings, outcome documents, decisions and commitments.
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

dialogue-meetings-title = Заседания
dialogue-meetings-intro = Встречи на высшем уровне, совещания министров, конференции, консультации и специальные диалоги, созванные на платформе, с их повестками дня, делегациями, итоговыми документами и решениями.
dialogue-meetings-upcoming = Предстоящие и текущие
dialogue-meetings-past = Прошедшие заседания
dialogue-meetings-count =
    { $count ->
        [one] { $count } заседание
        [few] { $count } заседания
        [many] { $count } заседаний
       *[other] { $count } заседания
    }
dialogue-meetings-empty = Заседания ещё не созывались.
dialogue-meetings-empty-filtered = Ни одно заседание не соответствует этим фильтрам.
dialogue-meetings-filter-mechanism = Механизм
dialogue-meetings-filter-any-mechanism = Любой механизм
dialogue-meetings-filter-party = Сторона
dialogue-meetings-filter-when = Время проведения
dialogue-meetings-filter-all = Предстоящие и прошедшие
dialogue-meetings-filter-upcoming = Предстоящие и текущие
dialogue-meetings-filter-past = Прошедшие
dialogue-meetings-filter-mine = Только заседания моей стороны
dialogue-meetings-calendar-of = Календарь заседаний стороны { $party } (iCalendar)
dialogue-meeting-convene = Созвать заседание
dialogue-meeting-column-meeting = Заседание
dialogue-meeting-column-dates = Даты
dialogue-meeting-column-place = Место проведения
dialogue-meeting-column-convener = Созывающая сторона
dialogue-meeting-column-participation = Участие
dialogue-meeting-column-party = Сторона
dialogue-meeting-column-capacity = Статус участия
dialogue-meeting-column-delegates = Делегация
dialogue-meeting-column-decision = Решение о регистрации
dialogue-meeting-online = В режиме онлайн
dialogue-meeting-count-members =
    { $count ->
        [one] { $count } член
        [few] { $count } члена
        [many] { $count } членов
       *[other] { $count } члена
    }
dialogue-meeting-count-observers =
    { $count ->
        [one] { $count } наблюдатель
        [few] { $count } наблюдателя
        [many] { $count } наблюдателей
       *[other] { $count } наблюдателя
    }
dialogue-meeting-count-pending =
    { $count ->
        [one] { $count } заявка ожидает рассмотрения
        [few] { $count } заявки ожидают рассмотрения
        [many] { $count } заявок ожидают рассмотрения
       *[other] { $count } заявки ожидают рассмотрения
    }
dialogue-meeting-count-invited =
    { $count ->
        [one] { $count } приглашение без ответа
        [few] { $count } приглашения без ответа
        [many] { $count } приглашений без ответа
       *[other] { $count } приглашения без ответа
    }
dialogue-meeting-phase-upcoming = Предстоит
dialogue-meeting-phase-in-session = Идёт
dialogue-meeting-phase-concluded = Завершено
dialogue-meeting-phase-cancelled = Отменено
dialogue-meeting-kind-summit = Встреча на высшем уровне
dialogue-meeting-kind-ministerial = Совещание министров
dialogue-meeting-kind-conference = Конференция
dialogue-meeting-kind-forum = Форум
dialogue-meeting-kind-consultation = Консультации
dialogue-meeting-kind-expert-meeting = Совещание экспертов
dialogue-meeting-kind-bilateral-dialogue = Двусторонний диалог
dialogue-meeting-capacity-member = Член
dialogue-meeting-capacity-observer = Наблюдатель
dialogue-meeting-capacity-guest = Гость
dialogue-meeting-registration-invited = Приглашена
dialogue-meeting-registration-requested = Ожидает утверждения
dialogue-meeting-registration-approved = Утверждена
dialogue-meeting-registration-declined = Отклонена
dialogue-meeting-registration-withdrawn = Отозвана

dialogue-meeting-convene-title = Созыв заседания
dialogue-meeting-convene-as-mechanism = Заседание созывает механизм { $party }; его секретариат обслуживает заседание и председательствует при принятии решений.
dialogue-meeting-convene-ad-hoc = Ваша сторона созывает специальное заседание с приглашёнными ею сторонами; она председательствует на заседании и участвует в нём в качестве члена.
dialogue-meeting-convene-not-permitted = Ваша роль не позволяет созывать заседания от имени вашей стороны.
dialogue-meeting-series-help = Документы, принятые на заседании, нумеруются в серии { $series }.
dialogue-meeting-field-kind = Вид заседания
dialogue-meeting-field-title = Название
dialogue-meeting-field-dates = Даты
dialogue-meeting-field-opens = Открытие
dialogue-meeting-field-closes = Закрытие
dialogue-meeting-field-place = Место проведения
dialogue-meeting-field-place-help = Город и место проведения. Укажите место проведения, онлайн-адрес или и то и другое.
dialogue-meeting-field-online = Онлайн-адрес
dialogue-meeting-field-languages = Рабочие языки
dialogue-meeting-field-agenda = Повестка дня
dialogue-meeting-field-agenda-help = По одному пункту в строке, по порядку. Чтобы отнести пункт к приоритетным направлениям сотрудничества Концептуального документа, завершите строку вертикальной чертой и ссылками на них, например: Раннее предупреждение на трансграничных реках | III.11, III.20
dialogue-meeting-field-rule = Правило принятия решений
dialogue-meeting-field-rule-default = Правило механизма по умолчанию
dialogue-meeting-field-invited = Приглашения
dialogue-meeting-field-invited-help-mechanism = Необязательно. Члены механизма регистрируются самостоятельно; вы можете пригласить другие стороны в качестве наблюдателей или гостей.
dialogue-meeting-field-invited-help-ad-hoc = Пригласите хотя бы одну сторону в качестве члена. Приглашение — это предложение: сторона участвует в заседании только после того, как примет его.
dialogue-meeting-field-invited-members = Приглашены в качестве членов
dialogue-meeting-field-invited-ids = Другие стороны, приглашаемые в качестве членов (коды через запятую)
dialogue-meeting-field-observers = Стороны, приглашаемые в качестве наблюдателей (коды через запятую)
dialogue-meeting-convene-submit = Созвать заседание
dialogue-meeting-error-dates = Укажите даты открытия и закрытия.
dialogue-meeting-error-agenda-priority = Строка { $line } повестки дня: «{ $priority }» не является приоритетным направлением сотрудничества Концептуального документа (используйте III.1–III.20).
dialogue-meeting-error-not-found = Заседания с таким идентификатором не существует.
dialogue-meeting-error-item = Выберите пункт повестки дня.
dialogue-meeting-error-revised-meanwhile = После того как вы открыли эту форму, совещание изменил кто-то другой, поэтому ничего не изменено. Откройте форму снова, чтобы увидеть совещание в его нынешнем виде.

dialogue-meeting-done-convened = Заседание созвано. Запись о нём подписана и внесена в открытый журнал.
dialogue-meeting-done-registered = Ваша регистрация записана.
dialogue-meeting-done-withdrawn = Ваша регистрация отозвана.
dialogue-meeting-done-approved = Регистрация утверждена.
dialogue-meeting-done-declined = Регистрация отклонена.
dialogue-meeting-done-floor = Ваш делегат включён в список ораторов.
dialogue-meeting-done-floor-withdrawn = Ваш делегат исключён из списка ораторов.
dialogue-meeting-done-attached = Документ прикреплён к пункту повестки дня.
dialogue-meeting-done-cancelled = Заседание отменено.
dialogue-meeting-done-revised = Параметры заседания пересмотрены. Запись об этом подписана и внесена в открытый журнал.
dialogue-meeting-cancelled-because = Это заседание отменено:
dialogue-meeting-ics = Добавить в календарь (.ics)
dialogue-meeting-convener = Созывающая сторона
dialogue-meeting-ad-hoc = специальное заседание
dialogue-meeting-allowed-rules = Правила, допускаемые механизмом
dialogue-meeting-series = Серия документов
dialogue-meeting-convened-on = Дата созыва
dialogue-meeting-revised-on = Дата пересмотра
dialogue-meeting-agenda = Повестка дня
dialogue-meeting-speakers = Список ораторов
dialogue-meeting-speakers-empty = Ни одна делегация не просила слова по этому пункту.
dialogue-meeting-floor-delegate = Оратор
dialogue-meeting-floor-request = Попросить слова
dialogue-meeting-floor-withdraw = Отказаться от выступления
dialogue-meeting-floor-no-delegates = Чтобы попросить слова, укажите своих делегатов при регистрации.
dialogue-meeting-attach = Прикрепить документ к этому пункту
dialogue-meeting-attach-title = Название документа
dialogue-meeting-attach-url = Адрес (https://…)
dialogue-meeting-attach-submit = Прикрепить
dialogue-meeting-participants = Участники
dialogue-meeting-participants-empty = Ни одна сторона ещё не зарегистрировалась.
dialogue-meeting-approve = Утвердить
dialogue-meeting-decline = Отклонить
dialogue-meeting-registration = Ваша делегация
dialogue-meeting-registration-yours = Регистрация вашей стороны:
dialogue-meeting-field-delegates = Делегаты
dialogue-meeting-field-delegates-help = По одному имени в строке, первым — глава делегации.
dialogue-meeting-register = Зарегистрировать делегацию
dialogue-meeting-accept-invitation = Принять приглашение
dialogue-meeting-decline-invitation = Отклонить приглашение
dialogue-meeting-update-delegation = Изменить состав делегации
dialogue-meeting-update-request = Изменить заявку
dialogue-meeting-withdraw = Отозвать регистрацию
dialogue-meeting-documents = Итоговые документы
dialogue-meeting-documents-empty = На этом заседании не внесено ни одного проекта.
dialogue-meeting-cancel = Отменить заседание
dialogue-meeting-cancel-reason = Причина (в том виде, в каком её увидят участники)
dialogue-meeting-cancel-submit = Отменить заседание
dialogue-meeting-revise = Пересмотреть параметры заседания
dialogue-meeting-revise-help = Опубликуйте пересмотренную повестку дня, перенесите даты, измените место проведения или добавьте онлайн-адрес. Участники видят заседание с учётом пересмотра, а сам пересмотр является подписанной записью в открытом журнале.
dialogue-meeting-revise-place-help = Оставьте поле пустым, чтобы провести заседание только в режиме онлайн; укажите место проведения, онлайн-адрес или и то и другое.
dialogue-meeting-revise-agenda-help = По одному пункту в строке, по порядку, в формате «Название | III.11, III.20». Строки сопоставляются с текущими пунктами по порядку: первая строка — пункт 1 и т. д.; за каждым пунктом сохраняются его ораторы и документы. Дополнительные строки добавляют пункты в конец повестки дня. Удаление последних строк исключает соответствующие пункты; исключить пункт, по которому записаны ораторы или прикреплены документы, нельзя.
dialogue-meeting-revise-submit = Пересмотреть параметры заседания

dialogue-rule-consensus = Консенсус
dialogue-rule-consensus-help = Решение принимается, если ни один из присутствующих членов официально не возражает; позиция «не препятствует» и отсутствие не блокируют принятие решения.
dialogue-rule-consensus-minus-x = Консенсус минус X
dialogue-rule-consensus-minus-x-help = Члены могут не участвовать, не блокируя решение; решение принимается, если ни один из присутствующих членов не возражает и хотя бы один участвует.
dialogue-rule-consensus-minus-one = Консенсус минус один
dialogue-rule-consensus-minus-one-help = Возражение заинтересованной стороны не блокирует решение; возражение любого другого члена блокирует.
dialogue-rule-silence = Процедура умолчания
dialogue-rule-silence-help = Решение считается принятым по истечении установленного срока, если до этого ни один член не нарушит молчание, заявив возражение.
dialogue-rule-simple-majority = Простое большинство
dialogue-rule-simple-majority-help = Решение принимается, если присутствующие и участвующие в голосовании члены подали больше голосов «за», чем «против»; воздержавшиеся не учитываются.
dialogue-rule-two-thirds-majority = Большинство в две трети голосов
dialogue-rule-two-thirds-majority-help = Решение принимается, если не менее двух третей поданных голосов подано «за»; воздержавшиеся не учитываются.
dialogue-rule-security-council = Порядок голосования в Совете Безопасности
dialogue-rule-security-council-help = Девять голосов «за» из пятнадцати при отсутствии голоса «против» со стороны постоянного члена; стороны, участвующие в споре, при принятии решений на основании главы VI воздерживаются от голосования (статья 27 Устава).
dialogue-rule-default-marker = { $rule } (по умолчанию)

dialogue-document-error-not-found = Итогового документа с таким идентификатором не существует.
dialogue-document-error-paragraph-number = Укажите номер пункта.
dialogue-document-table-draft = Внести проект итогового документа
dialogue-document-table-draft-submit = Внести проект
dialogue-document-field-title = Название документа
dialogue-document-field-priorities-help = Необязательно. Чтобы выбрать несколько направлений, удерживайте клавишу Ctrl (или ⌘).
dialogue-document-field-paragraphs = Текст
dialogue-document-field-paragraphs-help = Разделяйте пункты пустой строкой. Пункты нумеруются по порядку.
dialogue-document-column-title = Документ
dialogue-document-column-version = Версия
dialogue-document-proposed-by = Внёсшая сторона
dialogue-document-symbol = Условное обозначение
dialogue-document-amendment-count =
    { $count ->
        [one] { $count } поправка
        [few] { $count } поправки
        [many] { $count } поправок
       *[other] { $count } поправки
    }
dialogue-document-status-drafting = Подготовка проекта
dialogue-document-status-in-decision = Идёт принятие решения
dialogue-document-status-adopted = Принят
dialogue-document-status-not-adopted = Не принят
dialogue-document-meeting = Заседание
dialogue-document-chair = Председатель
dialogue-document-current-version = Версия { $version } от { $date }
dialogue-document-current-text = Текущий текст
dialogue-document-text-of-version = Текст версии
dialogue-document-show-version = Версия
dialogue-document-show = Показать
dialogue-document-un-symbol = Условное обозначение документа Организации Объединённых Наций
dialogue-document-versions = Версии и изменения
dialogue-document-one-version = Поправки в текст не вносились: имеется только проект.
dialogue-document-done-drafted = Проект внесён.
dialogue-document-done-amended = Ваша поправка предложена. Председатель примет или отклонит её.
dialogue-document-done-accepted = Поправка принята; создана новая версия текста.
dialogue-document-done-rejected = Поправка отклонена.
dialogue-document-done-opened = Процедура принятия решения начата. Теперь члены могут зафиксировать свои позиции.
dialogue-document-done-position = Ваша позиция записана.
dialogue-document-done-closed = Процедура принятия решения завершена.
dialogue-document-done-commitment = Обязательство записано.
dialogue-document-done-reported = Ваш доклад об осуществлении записан.
dialogue-version-draft = Версия { $version } — проект, { $date }
dialogue-version-amended = Версия { $version } — поправка { $amendment }, { $date }
dialogue-diff-title = Изменения от версии { $from } к версии { $to }
dialogue-diff-from = От версии
dialogue-diff-to = К версии
dialogue-diff-compare = Сравнить
dialogue-diff-legend = Условные обозначения:
dialogue-diff-legend-deleted = исключено
dialogue-diff-legend-inserted = вставлено
dialogue-diff-same = Эти две версии идентичны.
dialogue-diff-unchanged = Пункт { $number } — без изменений
dialogue-diff-changed = Пункт { $number } — изменён
dialogue-diff-inserted = Пункт { $number } — вставлен
dialogue-diff-deleted = Прежний пункт { $number } — исключён

dialogue-amendments = Поправки
dialogue-amendments-empty = Поправки не предлагались.
dialogue-amendment-column-number = №
dialogue-amendment-column-by = Предложившая сторона
dialogue-amendment-column-change = Изменение
dialogue-amendment-column-text = Предлагаемый текст
dialogue-amendment-reason = Обоснование:
dialogue-amendment-against = к версии { $version }
dialogue-amendment-produced = Результат — версия { $version }
dialogue-amendment-op-replace-n = Заменить пункт { $number }
dialogue-amendment-op-insert-n = Вставить после пункта { $number }
dialogue-amendment-op-insert-first = Вставить перед пунктом 1
dialogue-amendment-op-delete-n = Исключить пункт { $number }
dialogue-amendment-status-proposed = Предложена
dialogue-amendment-status-accepted = Принята
dialogue-amendment-status-rejected = Отклонена
dialogue-amendment-accept = Принять
dialogue-amendment-reject = Отклонить
dialogue-amendment-propose = Предложить поправку
dialogue-amendment-field-op = Изменение
dialogue-amendment-op-replace = Заменить пункт
dialogue-amendment-op-insert = Вставить новый пункт после пункта
dialogue-amendment-op-delete = Исключить пункт
dialogue-amendment-field-paragraph = Номер пункта
dialogue-amendment-field-paragraph-help =
    { $count ->
        [one] Текущий текст содержит { $count } пункт. Чтобы вставить пункт в начало, укажите 0.
        [few] Текущий текст содержит { $count } пункта. Чтобы вставить пункт в начало, укажите 0.
        [many] Текущий текст содержит { $count } пунктов. Чтобы вставить пункт в начало, укажите 0.
       *[other] Текущий текст содержит { $count } пункта. Чтобы вставить пункт в начало, укажите 0.
    }
dialogue-amendment-field-text = Предлагаемый текст
dialogue-amendment-field-text-help = Пункт целиком в предлагаемой редакции. Чтобы исключить пункт, оставьте поле пустым.
dialogue-amendment-field-reason = Обоснование (необязательно)
dialogue-amendment-submit = Предложить поправку

dialogue-decision = Решение
dialogue-decision-is-open = в процессе принятия
dialogue-decision-none = Процедура принятия решения по этому документу не начиналась.
dialogue-decision-rule = Правило
dialogue-decision-on-version = По версии
dialogue-decision-opened = Дата начала
dialogue-decision-members = Члены, принимающие решение
dialogue-decision-party-concerned-is = заинтересованная сторона: { $party }
dialogue-decision-deadline-is = срок молчания — до { $date }
dialogue-decision-chapter-vi-are = стороны, участвующие в споре: { $parties }
dialogue-decision-your-position = Позиция вашей стороны:
dialogue-decision-position = Позиция
dialogue-decision-comfort = Степень согласия (необязательно)
dialogue-decision-comfort-none = Не указана
dialogue-decision-comfort-help = Насколько ваша сторона согласна с консенсусом, к которому она присоединяется или которому не препятствует; указывается только при позиции «Поддерживает» или «Не препятствует».
dialogue-decision-record-position = Зафиксировать позицию
dialogue-decision-close = Завершить процедуру принятия решения
dialogue-decision-close-help = Завершение процедуры фиксирует её итог. Если документ принят, ему присваивается следующее условное обозначение серии.
dialogue-decision-close-pending = Процедура умолчания ещё продолжается; процедуру принятия решения можно будет завершить по истечении установленного срока.
dialogue-decision-blocked-by-amendment = Прежде чем начать процедуру принятия решения, необходимо принять или отклонить поправку { $number }.
dialogue-decision-open = Начать процедуру принятия решения
dialogue-decision-open-help = Решение принимается по версии { $version } текста, которая остаётся неизменной до завершения процедуры. Решение принимают члены, регистрация которых на заседании утверждена.
dialogue-decision-deadline = Срок (UTC)
dialogue-decision-deadline-help = Только для процедуры умолчания.
dialogue-decision-party-concerned = Заинтересованная сторона
dialogue-decision-party-concerned-help = Только для правила «консенсус минус один».
dialogue-decision-chapter-vi = Стороны, участвующие в споре (глава VI)
dialogue-decision-chapter-vi-help = Только для порядка голосования в Совете Безопасности; эти стороны воздерживаются от голосования.
dialogue-decision-open-submit = Начать процедуру принятия решения
dialogue-decision-history = Решения по документу
dialogue-decision-error-party-concerned = Выберите заинтересованную сторону.
dialogue-decision-error-deadline = Укажите срок процедуры умолчания.
dialogue-decision-error-position = Выберите позицию.
dialogue-position-support = Поддерживает
dialogue-position-stand-aside = Не препятствует
dialogue-position-object = Возражает
dialogue-position-opt-out = Не участвует
dialogue-position-yes = За
dialogue-position-no = Против
dialogue-position-abstain = Воздерживается
dialogue-comfort-support = Полная поддержка
dialogue-comfort-can-live-with-it = Может согласиться
dialogue-comfort-reservations = С оговорками

dialogue-tally-live = Текущие итоги
dialogue-tally-final = Итоги
dialogue-tally-chart-title = Позиции по решению { $number }
dialogue-tally-members =
    { $count ->
        [one] { $count } член, принимающий решение
        [few] { $count } члена, принимающих решение
        [many] { $count } членов, принимающих решение
       *[other] { $count } члена, принимающих решение
    }
dialogue-tally-not-yet = Позиция ещё не заявлена
dialogue-tally-not-voting = Не участвуют в голосовании
dialogue-tally-position = Позиция
dialogue-tally-count = Число членов
dialogue-tally-comfort = Степень согласия: полная поддержка — { $support }, может согласиться — { $live }, с оговорками — { $reservations }.
dialogue-tally-comfort-level = Степень согласия
dialogue-reason-no-quorum = Не принято: нет кворума (присутствуют { $present } из { $members } членов; требуется { $required }).
dialogue-reason-objection = Не принято: официальное возражение: { $parties }.
dialogue-reason-only-party-concerned-present = Не принято: кроме заинтересованной стороны ({ $party }), не присутствовал ни один член.
dialogue-reason-nobody-present = Не принято: не присутствовал ни один член.
dialogue-reason-everyone-opted-out = Не принято: все присутствующие члены отказались от участия.
dialogue-reason-adopted-with-opt-outs = Принято: ни один присутствующий член не возразил; участвуют: { $in }, отказались от участия: { $out } ({ $parties }).
dialogue-reason-adopted-over-party-concerned = Принято: ни один присутствующий член не возразил, кроме заинтересованной стороны ({ $party }), чьё возражение не препятствует принятию.
dialogue-reason-adopted-without-objection = Принято: ни один присутствующий член не возразил.
dialogue-reason-silence-broken = Не принято: процедура умолчания нарушена: { $parties }.
dialogue-reason-silence-running = Идёт процедура умолчания: она продлится до { $date }; никто из членов её не нарушил.
dialogue-reason-silence-kept = Принято: процедура умолчания завершилась { $date }, никто из членов её не нарушил.
dialogue-reason-majority-in-favour = Принято простым большинством: за — { $yes }, против — { $no }, воздержались — { $abstain }.
dialogue-reason-majority-tied = Не принято: за — { $yes }, против — { $no }, воздержались — { $abstain }; при равенстве голосов предложение отклоняется.
dialogue-reason-majority-against = Не принято: за — { $yes }, против — { $no }, воздержались — { $abstain }.
dialogue-reason-two-thirds-in-favour = Принято большинством в две трети голосов: за — { $yes }, против — { $no }, воздержались — { $abstain }.
dialogue-reason-two-thirds-short = Не принято: за — { $yes }, против — { $no }, воздержались — { $abstain }; требуется две трети голосов участвующих в голосовании.
dialogue-reason-council-too-few-votes = Не принято: за — { $yes }, против — { $no }, воздержались — { $abstain }; требуется { $required } голосов за.
dialogue-reason-council-veto =
    { $count ->
        [one] Не принято: вето постоянного члена ({ $parties }).
        [few] Не принято: вето постоянных членов ({ $parties }).
        [many] Не принято: вето постоянных членов ({ $parties }).
       *[other] Не принято: вето постоянных членов ({ $parties }).
    }
dialogue-reason-council-adopted = Принято: за — { $yes }, против — { $no }, воздержались — { $abstain }; ни один постоянный член не голосовал против.
dialogue-tally-recorded = Зафиксирована
dialogue-tally-no-position = Позиция не заявлена
dialogue-tally-so-far = На данный момент:
dialogue-tally-if-closed-now = Если завершить процедуру сейчас:
dialogue-tally-outcome = Итог:
dialogue-tally-by-member = Позиции членов
dialogue-tally-refresh = Обновить итоги
dialogue-tally-refresh-help = при включённом JavaScript они обновляются автоматически каждые несколько секунд.
dialogue-tally-closed-help = Процедура принятия решения завершена; итоги окончательные.
dialogue-tally-reload = Показать панель решения

dialogue-adoption = Запись о принятии
dialogue-adoption-date = Дата принятия
dialogue-adoption-text-hash = Хеш текста (SHA-256)
dialogue-adoption-text-hash-help = Любой может вычислить его заново по принятому тексту: название, пустая строка, затем каждый пункт в виде «n. текст» на отдельной строке.
dialogue-adoption-text-file = Принятый текст в виде файла
dialogue-adoption-text-file-help = Проверьте сами: команда sha256sum { $file } выводит указанный выше хеш.
dialogue-adoption-in = Участвуют
dialogue-adoption-out = Не участвуют
dialogue-adoption-positions = Позиции на момент принятия

dialogue-commitments = Обязательства
dialogue-commitment = Обязательство
dialogue-commitments-none-yet = Ни один пункт ещё не отмечен как обязательство.
dialogue-commitment-paragraph = Пункт
dialogue-commitment-due = Срок
dialogue-commitment-parties = Стороны, принявшие обязательство
dialogue-commitment-parties-help = Обязательство может распространяться только на членов, присоединившихся к принятию документа: поддержавших его или голосовавших за, а при процедуре умолчания — сохранивших молчание. Не на тех, кто не препятствовал принятию, не участвовал, возражал, голосовал против, воздержался или отсутствовал.
dialogue-commitment-mark = Отметить пункт как обязательство
dialogue-commitment-mark-submit = Записать обязательство
dialogue-commitment-reports = Доклады об осуществлении
dialogue-commitment-report = Доклад об осуществлении
dialogue-commitment-narrative = Что сделано
dialogue-commitment-evidence = Подтверждающие материалы (ссылки, по одной в строке)
dialogue-commitment-evidence-help = Адреса, начинающиеся с https:// или http://, не более 20.
dialogue-commitment-report-submit = Представить доклад
dialogue-commitment-error-due = Укажите срок в виде даты.
dialogue-commitment-status-not-started = Не начато
dialogue-commitment-status-in-progress = Выполняется
dialogue-commitment-status-completed = Выполнено
dialogue-commitment-status-delayed = С задержкой
dialogue-commitment-status-no-report = Докладов пока нет

dialogue-commitments-title = Отслеживание выполнения обязательств
dialogue-commitments-intro = Обязательства, принятые сторонами в итоговых документах, и их доклады об осуществлении — по документам, по сторонам и по приоритетным направлениям сотрудничества Концептуального документа.
dialogue-commitments-filter-document = Документ
dialogue-commitments-count =
    { $count ->
        [one] { $count } обязательство
        [few] { $count } обязательства
        [many] { $count } обязательств
       *[other] { $count } обязательства
    }
dialogue-commitments-empty = Ни в одном принятом документе пока нет обязательств.
dialogue-commitments-empty-filtered = Ни одно обязательство не соответствует этим фильтрам.
dialogue-commitments-progress = Выполнено: { $completed } из { $total }
dialogue-commitments-by-document = По документам
dialogue-commitments-by-party = По сторонам
dialogue-commitments-by-priority = По приоритетным направлениям
dialogue-commitments-list = Все обязательства
dialogue-commitments-column-commitments = Обязательства
dialogue-commitments-column-progress = Ход выполнения
dialogue-commitments-reports =
    { $count ->
        [one] { $count } доклад
        [few] { $count } доклада
        [many] { $count } докладов
       *[other] { $count } доклада
    }
dialogue-records-title = Подписанные записи
dialogue-records-help = Каждый шаг выше — это запись, подписанная совершившей его стороной и хранящаяся в журнале прозрачности. На странице каждой записи ваш браузер повторно проверяет доказательство её включения.

## Отказы: каждое правило объясняет причину (объявлены в файлах refusals.rs; английский текст — само объявление)

refusal-decision-dispute-party-must-abstain = { $party } является стороной в споре по главе VI и должна воздержаться (статья 27, пункт 3)
refusal-decision-position-does-not-fit = { $party } заняла позицию «{ $position }», которая не соответствует правилу { $rule }: используйте { $fits }
refusal-decision-not-present = { $party } не присутствует и не может занять позицию
refusal-decision-not-a-member-cannot-take-position = { $party } не является членом органа и не может занять позицию
refusal-decision-security-council-composition = Совет Безопасности состоит из { $size } членов, из них { $permanent_seats } постоянных; в этом органе { $members } членов, из них { $permanent } постоянных
refusal-decision-party-concerned-not-member = заинтересованная сторона, { $party_concerned }, не является членом органа
refusal-decision-silence-has-no-quorum = у процедуры молчания нет кворума: присутствие к ней не применяется
refusal-decision-quorum-not-a-fraction = кворум { $num }/{ $den } не является дробью от 0 до 1
refusal-decision-present-not-member = { $party } отмечена как присутствующая, но не является членом органа
refusal-decision-member-twice = { $party } дважды указана как член
refusal-decision-body-without-members = директивному органу нужен хотя бы один член
refusal-decision-comfort-with-wrong-position = { $party } указывает степень согласия при позиции «{ $position }»; степень согласия сопровождает только поддержку или неприсоединение
refusal-decision-not-a-member-takes-no-position = { $party } не является членом этого органа и не занимает в нём позиции
refusal-decision-not-a-quorum = «{ $value }» не является кворумом: используйте число членов, например 10, или долю членов, например 2/3
refusal-decision-consensus-minus-one-needs-party = для консенсуса минус один требуется party_concerned: сторона, чьё возражение не блокирует решение
refusal-decision-silence-needs-deadline = для процедуры молчания нужен срок
refusal-decision-does-not-apply-to-rule = { $field } не применяется к правилу { $rule }
refusal-decision-not-one-of = «{ $value }» не является допустимым значением ({ $what }): используйте { $listed }
refusal-decision-not-a-position = «{ $value }» не является позицией: используйте support, stand_aside, object или opt_out при правиле консенсуса и yes, no или abstain при голосовании
refusal-dialogue-default-not-allowed = правило по умолчанию, { $rule }, не входит в число допустимых правил
refusal-dialogue-no-allowed-rule = механизм допускает хотя бы одно правило
refusal-dialogue-state-declares-no-rules = { $party } — государство; правила принятия решений объявляют только механизмы и организации
refusal-dialogue-not-a-series = «{ $series }» не является серией документов: используйте от 2 до 40 заглавных букв, цифр или «-» в частях, разделённых «/» (например, GSI/HLC)
refusal-dialogue-not-a-web-address = { $field } «{ $value }» не является адресом http или https
refusal-dialogue-meeting-already-convened = заседание { $meeting } уже созвано
refusal-dialogue-no-pending-registration = у { $party } нет регистрации, ожидающей решения
refusal-dialogue-meeting-missing = заседание не существует
refusal-dialogue-revised-since-opened = заседание было изменено после открытия этой формы; ничего не изменено. Откройте форму снова, чтобы увидеть заседание в текущем виде
refusal-dialogue-revision-changes-nothing = изменение ничего не меняет
refusal-dialogue-agenda-empty = в повестке дня должен быть хотя бы один пункт
refusal-dialogue-item-cannot-be-removed = пункт { $item } («{ $title }») нельзя удалить: по нему есть { $held }, и удаление пункта исключило бы их из отчёта о заседании; вместо этого измените его название
refusal-dialogue-retitle-needs-change = для переименования пункта { $item } нужно новое название, новые приоритеты или и то и другое
refusal-dialogue-item-changed-twice = пункт { $item } изменяется в редакции более одного раза
refusal-dialogue-agenda-has-no-item = в повестке дня пункты с 1 по { $count }; пункта { $item } нет
refusal-dialogue-neither-convenes-nor-takes-part = { $party } не созывает это заседание и не участвует в нём
refusal-dialogue-not-speaking = { $party } нет в списке ораторов по пункту { $item }
refusal-dialogue-already-speaking = { $party } уже есть в списке ораторов по пункту { $item }
refusal-dialogue-not-a-delegate = «{ $delegate }» не является делегатом { $party }; сначала зарегистрируйте делегата
refusal-dialogue-not-an-approved-participant = { $party } не является утверждённым участником этого заседания
refusal-dialogue-no-registration-to-withdraw = у { $party } нет регистрации, которую можно отозвать
refusal-dialogue-ad-hoc-convener-cancels = организатор специального заседания отменяет его, а не выходит из него
refusal-dialogue-registration-not-pending = регистрация { $party } имеет статус { $status }, а не ожидает решения
refusal-dialogue-not-registered = { $party } не зарегистрировалась
refusal-dialogue-state-registers-as-member-or-observer = { $party } — государство или организация: она регистрируется как член или как наблюдатель
refusal-dialogue-not-invited-as-member = { $party } не приглашена как член этого специального заседания; она может попросить о статусе наблюдателя
refusal-dialogue-not-a-member-on-date = { $party } не является членом { $mechanism } на { $date }; она может зарегистрироваться как наблюдатель
refusal-dialogue-delegation-size = в составе делегации от 1 до 50 делегатов, первым указывается глава делегации
refusal-dialogue-convener-does-not-register = { $party } созывает это заседание и выполняет функции его секретариата; она не регистрируется
refusal-dialogue-rule-not-allowed = { $mechanism } не допускает правило { $rule }; допускаются { $allowed }
refusal-dialogue-ad-hoc-without-members = специальное заседание проводится между названными сторонами: пригласите хотя бы одну в качестве члена
refusal-dialogue-invited-twice = { $party } приглашена дважды
refusal-dialogue-convener-invites-itself = { $party } созывает заседание и не приглашает сама себя
refusal-dialogue-meeting-exists = заседание { $meeting } уже существует
refusal-dialogue-no-language = у заседания должен быть хотя бы один язык
refusal-dialogue-not-a-language = «{ $value }» не является кодом языка (используйте две или три буквы, например en или zh)
refusal-dialogue-no-place = у заседания должно быть место проведения, адрес в сети или и то и другое
refusal-dialogue-closes-before-opens = заседание закрывается ({ $closes }) раньше, чем открывается ({ $opens })
refusal-dialogue-no-agenda-item = в повестке дня нет пункта { $number }
refusal-dialogue-only-the-convener = только организатор, { $convener }, может { $what }; { $party } не является организатором
refusal-dialogue-meeting-cancelled = заседание отменено ({ $reason })
refusal-dialogue-no-commitment = обязательства { $commitment } нет
refusal-dialogue-symbol-mismatch = при закрытии указано обозначение { $symbol }, а серия даёт { $expected }
refusal-dialogue-no-decision-open = нет открытого решения
refusal-dialogue-silence-ended = процедура молчания завершилась { $deadline }; позиции больше не принимаются
refusal-dialogue-amendment-no-longer-applies = поправка { $amendment } больше не применима
refusal-dialogue-no-amendment = поправки { $amendment } нет
refusal-dialogue-document-already-drafted = документ { $document } уже составлен
refusal-dialogue-only-adopted-commitments = обязательствами могут быть только пункты принятого документа
refusal-dialogue-amendment-not-pending = поправка { $amendment } не ожидает решения
refusal-dialogue-document-missing = документ не существует
refusal-dialogue-too-much-evidence = доклад содержит ссылки не более чем на 20 доказательств
refusal-dialogue-not-committed = { $party } не связана обязательством { $commitment } и не отчитывается о нём
refusal-dialogue-no-such-commitment = в документе нет обязательства { $commitment }
refusal-dialogue-not-joined-adoption = { $party } не присоединилась к принятию и поэтому не может быть им связана
refusal-dialogue-commitment-without-party = в обязательстве указана хотя бы одна сторона
refusal-dialogue-no-such-paragraph-in-adopted = в принятом тексте пункты с 1 по { $count }; пункта { $paragraph } нет
refusal-dialogue-no-decision-open-on-document = по этому документу нет открытого решения
refusal-dialogue-silence-deadline-passed = срок процедуры молчания, { $deadline }, уже истёк
refusal-dialogue-no-members-to-decide = у заседания нет утверждённых членов, которые могли бы принять решение
refusal-dialogue-amendment-pending = поправку { $amendment } ещё нужно принять или отклонить
refusal-dialogue-mechanism-disallows-rule = механизм этого заседания не допускает { $rule }
refusal-dialogue-amendment-no-longer-applies-reject = поправка { $amendment } больше не применима: изменяемого ею пункта нет в текущем тексте; отклоните её
refusal-dialogue-amendment-already-decided = решение по поправке { $amendment } уже принято
refusal-dialogue-no-such-amendment = в документе нет поправки { $amendment }
refusal-dialogue-document-keeps-a-paragraph = в документе остаётся хотя бы один пункт
refusal-dialogue-amendment-changes-nothing = поправка оставляет пункт { $paragraph } без изменений
refusal-dialogue-no-such-paragraph-in-version = в версии { $version } пункты с 1 по { $count }; пункта { $paragraph } нет
refusal-dialogue-not-convener-nor-member = { $party } не является ни организатором, ни утверждённым членом этого заседания
refusal-dialogue-document-exists = документ { $document } уже существует
refusal-dialogue-paragraph-count = в документе от 1 до 500 пунктов
refusal-dialogue-document-adopted-text-fixed = документ принят; его текст больше не может меняться
refusal-dialogue-decision-open-text-fixed = по этому документу открыто решение; текст неизменен до его закрытия
refusal-dialogue-no-such-meeting = заседания { $meeting } нет
refusal-dialogue-no-such-document = документа { $document } нет
refusal-dialogue-no-such-version = у документа версии с 1 по { $count }; версии { $version } нет
refusal-dialogue-silence-still-running = процедура молчания продолжается до { $deadline }; решение закрывается после неё
