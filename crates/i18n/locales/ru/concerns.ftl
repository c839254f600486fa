### Security concerns (Concept Paper, principle II.4).
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

concern-list-title = Озабоченности в сфере безопасности
concern-intro = К законным озабоченностям всех стран в сфере безопасности следует относиться серьёзно и надлежащим образом их урегулировать. Здесь сторона направляет озабоченность тем сторонам, к которым она обращена, и каждый шаг их взаимодействия подписывается и записывается.
concern-count =
    { $count ->
        [one] { $count } озабоченность
        [few] { $count } озабоченности
        [many] { $count } озабоченностей
       *[other] { $count } озабоченности
    }
concern-status-open = Открыта
concern-status-addressed = Урегулирована
concern-status-withdrawn = Отозвана
concern-filter-status = Статус
concern-filter-status-all = Все статусы
concern-filter-party = Сторона
concern-filter-party-any = Любая сторона
concern-filter-priority = Приоритетное направление
concern-filter-priority-any = Любое направление
concern-filter-overdue = Просрочка
concern-filter-overdue-any = Все
concern-filter-overdue-only = Только просроченные
concern-filter-overdue-not = Без просрочки
concern-badge-overdue = Просрочено
concern-badge-overdue-help = По меньшей мере один адресат не подтвердил получение или не ответил в установленный срок.
concern-column-title = Заголовок
concern-column-lodged-by = Направившая сторона
concern-column-addressees = Адресаты
concern-column-lodged-on = Дата направления
concern-column-status = Статус
concern-lodged-by = Направившая сторона
concern-lodged-on = Направлена { $date }
concern-closed-on = Закрыта { $date }
concern-addressees = Адресаты
concern-domain = Сфера безопасности
concern-priorities = Приоритетные направления сотрудничества
concern-un-references = Документы Организации Объединённых Наций
concern-description = Описание
concern-closing-note = Примечание о закрытии
concern-history = История озабоченности
concern-history-help = Каждый шаг ниже — это подписанная запись с доказательством её включения в открытый журнал.

concern-lodge = Направить озабоченность
concern-lodge-title = Направить озабоченность в сфере безопасности
concern-lodge-intro = Ваша сторона направляет озабоченность указанным ею сторонам. После направления озабоченность подписывается и записывается; удалить её нельзя, но впоследствии её можно отозвать.
concern-field-title = Заголовок
concern-field-title-help =
    { $max ->
        [one] Краткая формулировка озабоченности, не более { $max } символа.
        [few] Краткая формулировка озабоченности, не более { $max } символов.
        [many] Краткая формулировка озабоченности, не более { $max } символов.
       *[other] Краткая формулировка озабоченности, не более { $max } символа.
    }
concern-field-description = Описание
concern-field-description-help =
    { $max ->
        [one] Изложите суть озабоченности, её основания и просьбу вашей стороны к адресатам (не более { $max } символа).
        [few] Изложите суть озабоченности, её основания и просьбу вашей стороны к адресатам (не более { $max } символов).
        [many] Изложите суть озабоченности, её основания и просьбу вашей стороны к адресатам (не более { $max } символов).
       *[other] Изложите суть озабоченности, её основания и просьбу вашей стороны к адресатам (не более { $max } символа).
    }
concern-field-domain = Сфера безопасности
concern-field-domain-help = Традиционная безопасность (например, военные вопросы) или нетрадиционная (например, терроризм, кибербезопасность, биобезопасность или изменение климата).
concern-field-priorities = Приоритетные направления сотрудничества
concern-field-priorities-help = Выберите хотя бы одно приоритетное направление сотрудничества (III.1–III.20), к которому относится озабоченность.
concern-field-addressees = Адресаты
concern-field-addressees-help = Стороны, которым направляется озабоченность. Сторона не может направить озабоченность самой себе.
concern-field-un-references = Документы Организации Объединённых Наций
concern-field-un-references-help = Необязательно. Условные обозначения соответствующих документов Организации Объединённых Наций через запятую, например S/RES/2231 (2015), A/RES/76/234.
concern-field-response-due = Срок ответа
concern-field-response-due-help =
    { $days ->
        [one] Необязательно. Дата, к которой запрашиваются ответы; она должна быть в будущем. Если дата не указана, ответы ожидаются через { $days } день после направления.
        [few] Необязательно. Дата, к которой запрашиваются ответы; она должна быть в будущем. Если дата не указана, ответы ожидаются через { $days } дня после направления.
        [many] Необязательно. Дата, к которой запрашиваются ответы; она должна быть в будущем. Если дата не указана, ответы ожидаются через { $days } дней после направления.
       *[other] Необязательно. Дата, к которой запрашиваются ответы; она должна быть в будущем. Если дата не указана, ответы ожидаются через { $days } дня после направления.
    }
concern-lodge-submit = Направить озабоченность
concern-lodge-confirm = Направить эту озабоченность от имени стороны { $party }? Она будет подписана и записана без возможности удаления.
concern-lodge-sign-in = Чтобы направить озабоченность, войдите как делегат, координатор или сотрудник секретариата вашей стороны.

concern-action-acknowledge = Подтвердить получение
concern-action-respond = Ответить
concern-action-propose-consultations = Предложить консультации
concern-action-close-addressed = Закрыть как урегулированную
concern-action-withdraw = Отозвать
concern-field-response = Ответ
concern-field-response-help = Ответ вашей стороны. Он войдёт в открытую историю озабоченности.
concern-field-proposal = Предложение о консультациях
concern-field-proposal-help = Предложите формат, уровень, место или сроки консультаций по озабоченности.
concern-field-note = Примечание о закрытии
concern-field-note-help = Необязательно. Как была урегулирована озабоченность или почему она отзывается.
concern-field-outcome = Итог
concern-actions = Действия Вашей стороны
concern-confirm-acknowledge = Подтвердить получение этой озабоченности от имени стороны { $party }?
concern-confirm-respond = Отправить этот ответ от имени стороны { $party }?
concern-confirm-consultations = Предложить консультации от имени стороны { $party }?
concern-confirm-close-addressed = Закрыть эту озабоченность как урегулированную? Закрытую озабоченность нельзя открыть вновь.
concern-confirm-withdraw = Отозвать эту озабоченность? Отозванную озабоченность нельзя открыть вновь.
concern-done-lodged = Озабоченность направлена и записана.
concern-done-acknowledged = Получение озабоченности подтверждено.
concern-done-responded = Ответ записан.
concern-done-consultations = Предложение о консультациях записано.
concern-done-closed-addressed = Озабоченность закрыта как урегулированная.
concern-done-withdrawn = Озабоченность отозвана.

# "Сторона" is feminine whatever the party's name, so the verbs agree with it.
concern-timeline-lodged = Сторона { $party } направила озабоченность
concern-timeline-acknowledged = Сторона { $party } подтвердила получение озабоченности
concern-timeline-responded = Сторона { $party } ответила
concern-timeline-consultations = Сторона { $party } предложила консультации
concern-timeline-closed-addressed = Сторона { $party } закрыла озабоченность как урегулированную
concern-timeline-withdrawn = Сторона { $party } отозвала озабоченность

concern-clocks = Сроки ответа
concern-clocks-help =
    { $days ->
        [one] Каждому адресату предлагается подтвердить получение озабоченности в течение { $days } дня после её направления и ответить до истечения срока ответа.
        [few] Каждому адресату предлагается подтвердить получение озабоченности в течение { $days } дней после её направления и ответить до истечения срока ответа.
        [many] Каждому адресату предлагается подтвердить получение озабоченности в течение { $days } дней после её направления и ответить до истечения срока ответа.
       *[other] Каждому адресату предлагается подтвердить получение озабоченности в течение { $days } дня после её направления и ответить до истечения срока ответа.
    }
concern-clock-acknowledged-after =
    { $days ->
        [0] Получение подтверждено в день направления
        [one] Получение подтверждено через { $days } день
        [few] Получение подтверждено через { $days } дня
        [many] Получение подтверждено через { $days } дней
       *[other] Получение подтверждено через { $days } дня
    }
concern-clock-responded-after =
    { $days ->
        [0] Ответ дан в день направления
        [one] Ответ дан через { $days } день
        [few] Ответ дан через { $days } дня
        [many] Ответ дан через { $days } дней
       *[other] Ответ дан через { $days } дня
    }
concern-clock-awaiting-acknowledgement = Ожидается подтверждение получения
concern-clock-awaiting-response = Ожидается ответ
concern-clock-acknowledgement-due = Подтверждение получения ожидается до { $date }
concern-clock-response-due = Ответ ожидается до { $date }
concern-clock-overdue = Просрочено
concern-clock-acknowledgement = Подтверждение получения
concern-clock-acknowledgement-overdue = Подтверждение получения просрочено с { $date }
concern-clock-response-overdue = Ответ просрочен с { $date }
concern-clock-stopped = Отсчёт сроков прекращён с закрытием озабоченности.
concern-addressee-responses =
    { $count ->
        [0] Ответов нет
        [one] { $count } ответ
        [few] { $count } ответа
        [many] { $count } ответов
       *[other] { $count } ответа
    }
concern-addressee-consultations =
    { $count ->
        [0] Предложений о консультациях нет
        [one] { $count } предложение о консультациях
        [few] { $count } предложения о консультациях
        [many] { $count } предложений о консультациях
       *[other] { $count } предложения о консультациях
    }

concern-error-not-found = Такой озабоченности не существует.
concern-error-role = Действовать от имени стороны может только её делегат, координатор или сотрудник секретариата.
concern-error-unknown-priority = «{ $priority }» не является приоритетным направлением сотрудничества; используйте III.1–III.20.

concern-empty = Озабоченности пока не направлялись.
concern-empty-filtered = Ни одна озабоченность не соответствует этим фильтрам.
concern-empty-addressed-to-you = Вашей стороне не направлено ни одной озабоченности.

## Отказы: каждое правило объясняет причину (объявлены в файлах refusals.rs; английский текст — само объявление)

refusal-concern-not-a-closing-outcome = «{ $value }» не является итогом закрытия: используйте addressed или withdrawn
refusal-concern-not-a-status = «{ $value }» не является статусом: используйте open, addressed, withdrawn или all
refusal-concern-already-closed = озабоченность { $concern } уже имеет статус { $status }
refusal-concern-not-an-addressee = { $party } не является адресатом озабоченности { $concern }; подтверждать получение и отвечать могут только адресаты
refusal-concern-already-exists = озабоченность { $concern } уже существует
refusal-concern-no-addressee = у озабоченности должен быть хотя бы один адресат
refusal-concern-addressee-twice = адресат указан дважды
refusal-concern-addressed-to-itself = { $party } не может адресовать озабоченность самой себе
refusal-concern-no-priority = отнесите озабоченность хотя бы к одной приоритетной области (III.1–III.20)
refusal-concern-response-date-past = срок ответа должен быть в будущем
refusal-concern-already-acknowledged = { $party } уже подтвердила получение озабоченности { $concern }
refusal-concern-only-the-lodger-closes = озабоченность { $concern } выразила только { $party }, и только она может её закрыть или отозвать
refusal-concern-unknown = { $subject } ссылается на неизвестную озабоченность
refusal-concern-no-such = озабоченности { $concern } нет

concern-field-readers = Кто может читать
concern-readers-addressees = Только ваша сторона и адресаты (TLP:AMBER+STRICT)
concern-readers-public = Все, включая посетителей без входа в систему (TLP:CLEAR)
concern-field-readers-help = Позже можно открыть её другим сторонам. Раскрытое нельзя забрать обратно.
concern-readers = Читают
concern-readers-anyone = все
concern-publish-help = После публикации эту озабоченность и все записи о ней смогут читать все, включая посетителей без входа. Отменить это нельзя.
concern-action-publish = Опубликовать озабоченность
concern-done-published = Озабоченность теперь открыта для всех.
concern-timeline-widened = Сторона { $party } открыла озабоченность другим сторонам

refusal-concern-only-the-lodger-widens = только сторона { $party } подала озабоченность { $concern } и может расширить круг её читателей
refusal-concern-addressee-left-out = распространение не включает адресата { $party }, которому нужно прочитать озабоченность, чтобы ответить
