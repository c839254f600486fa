# Платформа Инициативы глобальной безопасности — тексты интерфейса, русский язык.
#
# Полностью переведены группы nav-, common-, home-, registry-, catalogue-, concern-, auth-.
# Группы transparency-, party- и dialogue- также переведены (для русского языка они необязательны).
# См. docs/i18n.md.

## Навигация и рамка страниц

nav-site-name = Платформа ИГБ
nav-site-description = Сотрудничество в рамках Инициативы глобальной безопасности
nav-main-menu = Главное меню
nav-home = Главная
nav-registry = Реестр
nav-catalogue = Каталог
nav-concerns = Озабоченности в сфере безопасности
nav-meetings = Заседания
nav-commitments = Обязательства
nav-transparency = Прозрачность
nav-my-party = Моя сторона
nav-api-docs = Документация API
nav-sign-in = Войти
nav-sign-out = Выйти
nav-signed-in-as = Вы вошли как { $user } ({ $party })
nav-language = Язык
nav-skip-to-content = Перейти к основному содержанию
nav-footer-note = Записи на этой платформе подписываются и хранятся в открытом проверяемом журнале.

## Общие слова, ошибки, постраничная навигация, записи и доказательства

common-save = Сохранить
common-cancel = Отмена
common-submit = Отправить
common-search = Поиск
common-search-placeholder = Поиск…
common-filter = Фильтр
common-apply-filters = Применить фильтры
common-clear-filters = Сбросить фильтры
common-all = Все
common-yes = Да
common-no = Нет
common-none = Отсутствует
common-date = Дата
common-status = Статус
common-details = Подробнее
common-back = Назад
common-close = Закрыть
common-required = Обязательно
common-optional = Необязательно
common-loading = Загрузка…
common-results =
    { $count ->
        [0] Ничего не найдено
        [one] { $count } результат
        [few] { $count } результата
        [many] { $count } результатов
       *[other] { $count } результата
    }
common-error-title = Ошибка { $status }
common-error-400 = Неверный запрос
common-error-400-detail = Не удалось разобрать запрос. Проверьте адрес и повторите попытку.
common-error-401 = Требуется вход
common-error-401-detail = Чтобы продолжить, войдите в систему. Возможно, срок вашего сеанса истёк.
common-error-403 = Действие не разрешено
common-error-403-detail = Ваша сторона или ваша роль не позволяет выполнить это действие.
common-error-404 = Не найдено
common-error-404-detail = Запрошенная страница или запись не существует.
common-error-409 = Конфликт
common-error-409-detail = Это действие не соответствует текущему состоянию записи, которая могла за это время измениться. Обновите страницу.
common-error-422 = Недопустимые данные
common-error-422-detail = Часть сведений отсутствует или указана в неверном формате. Исправьте их и отправьте повторно.
common-error-429 = Слишком много изменений
common-error-429-detail = Записи хранятся бессрочно, поэтому каждый пользователь и каждая сторона могут добавить за определённый период лишь ограниченное их число; для всех сторон действуют одинаковые ограничения.
common-write-quota-exceeded = Ничего не записано. Повторите попытку через { $seconds } с.
common-error-500 = Внутренняя ошибка
common-error-500-detail = На платформе произошла ошибка. Ничего не было записано. Повторите попытку позже.
common-error-home = Вернуться на главную страницу
common-pager-label = Страницы
common-pager-showing = Строки { $first }–{ $last } из { $total }
common-pager-previous = Предыдущая страница
common-pager-next = Следующая страница
common-error-detail-in-english = Пояснение платформы (на английском языке):
common-pagination = Постраничная навигация
common-previous = Назад
common-next = Далее
common-page-of = Страница { $page } из { $pages }
common-as-of = по состоянию на { $date }
common-signed-record = Подписанная запись
common-inclusion-proof = Доказательство включения
common-verify = Проверить
common-verified = Проверено
common-verification-failed = Проверка не пройдена
common-record-number = Запись № { $index }
common-download-json = Скачать в формате JSON
common-copy = Копировать
common-copied = Скопировано

## Главная страница: обзор

home-title = Основы Инициативы вкратце
home-intro = Инициатива глобальной безопасности опирается на шесть принципов и определяет двадцать приоритетных направлений сотрудничества. На этой странице показано текущее состояние сотрудничества.
home-principles = Принципы
home-priorities = Приоритетные направления сотрудничества
home-priority-open =
    { $open ->
        [0] Открытых озабоченностей нет
        [one] { $open } открытая озабоченность
        [few] { $open } открытые озабоченности
        [many] { $open } открытых озабоченностей
       *[other] { $open } открытой озабоченности
    }
home-platforms = Платформы и механизмы
home-map-title = Стороны в мире
home-map-description = Карта мира, на которой каждое государство окрашено в зависимости от его участия в работе платформы. Те же сведения приведены в реестре.
home-map-legend = Условные обозначения
home-map-legend-registered = Сторона, зарегистрированная на платформе
home-map-legend-open-concerns = Сторона, участвующая в открытой озабоченности
home-map-legend-none = Нет зарегистрированной стороны
home-map-legend-many = { $count } и более открытых озабоченностей
home-recent-records = Последние записи
home-recent-records-empty = Записей пока нет.
home-all-records = Все записи
home-stat-parties =
    { $count ->
        [one] { $count } зарегистрированная сторона
        [few] { $count } зарегистрированные стороны
        [many] { $count } зарегистрированных сторон
       *[other] { $count } зарегистрированной стороны
    }
home-stat-records =
    { $count ->
        [one] { $count } подписанная запись
        [few] { $count } подписанные записи
        [many] { $count } подписанных записей
       *[other] { $count } подписанной записи
    }

## Реестр: стороны, механизмы и членство

registry-title = Реестр
registry-intro = Государства, организации и механизмы, участвующие в сотрудничестве, и изменения состава каждого механизма во времени.
registry-parties = Стороны
registry-party = Сторона
registry-mechanisms = Механизмы
registry-mechanism = Механизм
registry-name = Название
registry-code = Код
registry-kind = Категория
registry-kind-state = Государство
registry-kind-territory = Территория
registry-kind-organisation = Организация
registry-kind-organ = Орган
registry-kind-mechanism = Механизм
registry-kind-forum = Форум
registry-kind-fund = Фонд
registry-kind-treaty = Договор
registry-kind-government-body = Государственный орган
registry-kind-think-tank = Аналитический центр
registry-kind-academy = Академия
registry-kind-social-organisation = Общественная организация
registry-members = Члены
registry-members-as-of = Члены по состоянию на { $date }
registry-member-count =
    { $count ->
        [one] { $count } член
        [few] { $count } члена
        [many] { $count } членов
       *[other] { $count } члена
    }
registry-memberships = Членство
registry-role = Статус
registry-role-member = Член
registry-role-permanent-member = Постоянный член
registry-role-elected-member = Избранный член
registry-role-observer = Наблюдатель
registry-role-dialogue-partner = Партнёр по диалогу
registry-role-partner = Партнёр
registry-role-participant = Участник
registry-role-organiser = Организатор
registry-role-administrator = Распорядитель
registry-role-contributor = Донор
registry-role-state-party = Государство-участник
registry-role-suspended-member = Член с приостановленным членством
registry-period = Период
registry-from = С
registry-to = По
registry-since = с { $date }
registry-from-to = с { $from } по { $to }
registry-region = Регион
registry-sub-region = Субрегион
registry-intermediate-region = Промежуточный регион
registry-regional-group = Региональная группа Организации Объединённых Наций
registry-group-african = Группа африканских государств
registry-group-asia-pacific = Группа азиатско-тихоокеанских государств
registry-group-eastern-european = Группа восточноевропейских государств
registry-group-latin-american-caribbean = Группа государств Латинской Америки и Карибского бассейна
registry-group-weog = Группа западноевропейских и других государств
registry-group-observer = наблюдатель
registry-un-member = Государство — член Организации Объединённых Наций
registry-un-observer = Государство — наблюдатель, не являющееся членом Организации Объединённых Наций
registry-ldc = Наименее развитая страна
registry-ldc-short = НРС
registry-lldc = Развивающаяся страна, не имеющая выхода к морю
registry-lldc-short = РСНВМ
registry-sids = Малое островное развивающееся государство
registry-sids-short = МОРАГ
registry-established = Дата создания
registry-website = Веб-сайт
registry-source = Источник
registry-as-of = По состоянию на
registry-note = Примечание
registry-search-placeholder = Поиск по названию или коду
registry-empty = Ни одна сторона не соответствует этим фильтрам.
registry-names-note = Названия на языках, кроме английского, являются общеупотребительными и не представляют собой официальную терминологию Организации Объединённых Наций.

## Каталог: структура Концептуального документа

catalogue-title = Каталог основ Инициативы
catalogue-intro = Принципы, приоритетные направления сотрудничества и платформы, изложенные в Концептуальном документе Инициативы глобальной безопасности, а также упомянутые в них документы и механизмы.
catalogue-principles = Принципы
catalogue-priorities = Приоритетные направления сотрудничества
catalogue-platforms = Платформы и механизмы
catalogue-section = Раздел { $section }
catalogue-domains = Сферы безопасности
catalogue-domain-traditional = Традиционная безопасность
catalogue-domain-non-traditional = Нетрадиционная безопасность
catalogue-instruments = Документы
catalogue-linked-items = Связанные элементы
catalogue-linked-mechanisms = Упомянутые организации и механизмы
catalogue-modules = Разделы платформы
catalogue-module-concerns = Озабоченности в сфере безопасности
catalogue-module-dialogue = Диалог и консультации
catalogue-module-hotspots = Острые проблемы
catalogue-module-cooperation = Проекты сотрудничества
catalogue-module-training = Подготовка кадров
catalogue-module-exchange-maritime = Обмен по вопросам морской безопасности
catalogue-module-exchange-cyber = Обмен по вопросам кибербезопасности
catalogue-module-exchange-counter-terrorism = Обмен по вопросам борьбы с терроризмом
catalogue-module-exchange-crime = Обмен по вопросам борьбы с транснациональной преступностью
catalogue-module-exchange-health = Обмен по вопросам общественного здравоохранения
catalogue-version = Версия каталога { $version }
catalogue-summary-note = Краткие изложения подготовлены платформой; аутентичным является текст Концептуального документа.

## Озабоченности в сфере безопасности (Концептуальный документ, принцип II.4)

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
concern-error-not-addressee = Подтвердить получение этой озабоченности, ответить на неё или предложить консультации может только её адресат.
concern-error-not-lodging-party = Закрыть или отозвать эту озабоченность может только направившая её сторона { $party }.
concern-error-role = Действовать от имени стороны может только её делегат, координатор или сотрудник секретариата.
concern-error-already-addressed = Эта озабоченность уже закрыта как урегулированная и не может быть изменена.
concern-error-already-withdrawn = Эта озабоченность уже отозвана и не может быть изменена.
concern-error-already-acknowledged = Сторона { $party } уже подтвердила получение этой озабоченности.
concern-error-already-exists = Озабоченность с таким идентификатором уже существует.
concern-error-self-addressed = Сторона не может направить озабоченность самой себе.
concern-error-no-addressee = Укажите хотя бы одного адресата.
concern-error-duplicate-addressee = Один из адресатов указан более одного раза.
concern-error-unknown-party = Сторона { $party } не зарегистрирована.
concern-error-no-priority = Выберите хотя бы одно приоритетное направление сотрудничества (III.1–III.20).
concern-error-unknown-priority = «{ $priority }» не является приоритетным направлением сотрудничества; используйте III.1–III.20.
concern-error-due-in-past = Срок ответа должен быть в будущем.
concern-error-title-empty = Введите заголовок.
concern-error-description-empty = Введите описание.
concern-error-text-empty = Введите текст.
concern-error-too-long =
    { $max ->
        [one] Текст превышает допустимую длину: не более { $max } символа.
        [few] Текст превышает допустимую длину: не более { $max } символов.
        [many] Текст превышает допустимую длину: не более { $max } символов.
       *[other] Текст превышает допустимую длину: не более { $max } символа.
    }
concern-error-un-reference = «{ $symbol }» не является условным обозначением документа Организации Объединённых Наций (например, S/RES/2231 (2015) или A/RES/76/234).

concern-empty = Озабоченности пока не направлялись.
concern-empty-filtered = Ни одна озабоченность не соответствует этим фильтрам.
concern-empty-addressed-to-you = Вашей стороне не направлено ни одной озабоченности.

## Вход в систему

auth-title = Вход в систему
auth-intro = Войдите с помощью учётной записи, которую создал для вас секретариат вашей стороны.
auth-username = Имя пользователя
auth-password = Пароль
auth-submit = Войти
auth-wrong-password = Неверное имя пользователя или пароль.
auth-rate-limited =
    { $minutes ->
        [one] Слишком много попыток. Повторите попытку через { $minutes } минуту.
        [few] Слишком много попыток. Повторите попытку через { $minutes } минуты.
        [many] Слишком много попыток. Повторите попытку через { $minutes } минут.
       *[other] Слишком много попыток. Повторите попытку через { $minutes } минуты.
    }
auth-session-expired = Срок действия сеанса истёк. Войдите снова.
auth-csrf-failed = Срок действия формы истёк, или она была отправлена не с этого сайта. Обновите страницу и повторите попытку.
auth-account-disabled = Эта учётная запись отключена. Обратитесь в секретариат вашей стороны.
auth-sign-in-required = Чтобы продолжить, войдите в систему.
auth-signed-out = Вы вышли из системы.

## Журнал прозрачности

transparency-title = Прозрачность
transparency-intro = Каждое изменение на платформе — это подписанная запись, добавляемая в открытый журнал. Любой может проверить, что запись содержится в журнале и что журнал только пополнялся, не полагаясь на доверие к этому серверу.
transparency-checkpoint = Последняя контрольная точка
transparency-checkpoint-help = Контрольная точка фиксирует весь журнал: его размер и корневой хеш, подписанные ключом узла.
transparency-tree-size = Размер журнала
transparency-root-hash = Корневой хеш
transparency-verifier-key = Ключ проверки
transparency-records = Записи
transparency-record-count =
    { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }
transparency-record = Запись № { $index }
transparency-record-kind = Вид записи
transparency-record-author = Автор
transparency-record-time = Время
transparency-record-subject = Предмет
transparency-leaf-hash = Хеш листа
transparency-signature = Подпись
transparency-canonical-bytes = Каноническое байтовое представление
transparency-consistency = Доказательство согласованности
transparency-consistency-help = Доказывает, что журнал размером { $from } является начальной частью журнала размером { $to }: ничего не было изменено или удалено.
transparency-proof-valid = Доказательство включения действительно для этой контрольной точки.
transparency-proof-invalid = Доказательство включения не соответствует этой контрольной точке.
transparency-verify-offline = Автономная проверка
transparency-verify-offline-help = Скачайте запись вместе с доказательством и проверьте их с помощью независимой программы проверки, описанной в документации.
transparency-verify-docs = Форматы и все этапы проверки описаны в файле
transparency-proof-checked-by-server = (Проверено этим сервером; если в браузере разрешены скрипты, он проверит доказательство повторно.)
transparency-proof-checked-by-browser = (Проверено вашим браузером.)
transparency-empty = В журнале пока нет записей.

## Моя сторона: пользователи, ключи, токены и ожидаемые действия

party-title = Моя сторона
party-overview = Обзор
party-users = Пользователи
party-user-name = Имя
party-user-roles = Роли
party-user-status = Статус
party-user-active = Активен
party-user-disabled = Отключён
party-user-add = Добавить пользователя
party-user-disable = Отключить
party-user-enable = Включить
party-role-delegate = Делегат
party-role-focal-point = Координатор
party-role-secretariat = Секретариат
party-role-reader = Читатель
party-keys = Ключи подписи
party-key-fingerprint = Отпечаток
party-key-created = Создан
party-key-active = Действует
party-key-retired = Выведен из использования
party-key-rotate = Заменить ключ подписи
party-key-rotate-confirm = Заменить ключ подписи стороны { $party }? Уже подписанные записи остаются действительными.
party-tokens = Токены API
party-token-name = Название
party-token-create = Создать токен
party-token-created = Скопируйте токен сейчас: он показывается только один раз, а на платформе хранится только его хеш.
party-token-revoke = Отозвать
party-token-revoke-confirm = Отозвать этот токен? Программы, которые его используют, немедленно утратят доступ.
party-token-revoked = Токен отозван.
party-token-status-revoked = Отозван
party-token-last-used = Последнее использование
party-token-never-used = Не использовался
party-pending = Ожидаемые действия
party-pending-acknowledge =
    { $count ->
        [one] { $count } озабоченность ожидает подтверждения получения вашей стороной
        [few] { $count } озабоченности ожидают подтверждения получения вашей стороной
        [many] { $count } озабоченностей ожидают подтверждения получения вашей стороной
       *[other] { $count } озабоченности ожидают подтверждения получения вашей стороной
    }
party-pending-respond =
    { $count ->
        [one] { $count } озабоченность ожидает ответа вашей стороны
        [few] { $count } озабоченности ожидают ответа вашей стороны
        [many] { $count } озабоченностей ожидают ответа вашей стороны
       *[other] { $count } озабоченности ожидают ответа вашей стороны
    }
party-pending-none = От вашей стороны никаких действий не ожидается.
party-awaiting-invitation = Ответить на приглашение на мероприятие «{ $meeting }» (открывается { $date })
party-awaiting-registration = Утвердить или отклонить регистрацию: { $party }, «{ $meeting }»
party-awaiting-amendment = Принять или отклонить поправку { $number } ({ $party }) к документу «{ $document }»
party-awaiting-position = Зафиксировать позицию вашей стороны по документу «{ $document }» (решение { $number })
party-awaiting-silence = «{ $document }»: процедура умолчания продлится до { $date }; чтобы нарушить молчание, заявите возражение до этого срока
party-awaiting-close = Закрыть решение { $number } по документу «{ $document }»: процедура умолчания завершилась
party-awaiting-commitment = Представить доклад по обязательству { $number } документа { $symbol }
party-awaiting-commitment-due = Представить доклад по обязательству { $number } документа { $symbol } (срок: { $date })
party-users-empty = Пользователи ещё не созданы.
party-tokens-empty = Токены ещё не созданы.

## Диалог (IV.1–IV.4): заседания, итоговые документы, решения и обязательства

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
dialogue-meeting-error-title-empty = Укажите название заседания.
dialogue-meeting-error-dates = Укажите даты открытия и закрытия.
dialogue-meeting-error-closes-before-opens = Дата закрытия заседания не может предшествовать дате его открытия.
dialogue-meeting-error-no-place = Укажите место проведения, онлайн-адрес или и то и другое.
dialogue-meeting-error-no-language = Выберите хотя бы один рабочий язык.
dialogue-meeting-error-agenda-empty = Повестка дня должна содержать хотя бы один пункт.
dialogue-meeting-error-agenda-line = В строке { $line } повестки дня не указано название пункта.
dialogue-meeting-error-agenda-priority = Строка { $line } повестки дня: «{ $priority }» не является приоритетным направлением сотрудничества Концептуального документа (используйте III.1–III.20).
dialogue-meeting-error-not-found = Заседания с таким идентификатором не существует.
dialogue-meeting-error-no-delegates = Укажите хотя бы одного делегата, первым — главу делегации.
dialogue-meeting-error-item = Выберите пункт повестки дня.
dialogue-meeting-error-no-reason = Укажите причину отмены заседания.
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
dialogue-document-error-no-paragraphs = Введите текст, разделяя пункты пустой строкой.
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
dialogue-decision-error-deadline-past = Срок процедуры умолчания должен быть в будущем.
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

## Моя сторона: правила принятия решений

party-rules-title = Правила принятия решений
party-rules-help = Правила, по которым могут принимать решения ваши заседания, правило, применяемое, если заседание не выберет иное, кворум и серия, в которой нумеруются принятые вами документы. Повторное объявление правил создаёт новую подписанную запись.
party-rules-undeclared = Ваш механизм ещё не объявил свои правила: его заседания принимают решения консенсусом или в порядке процедуры умолчания, а его документы нумеруются под его идентификатором, написанным заглавными буквами.
party-rules-allowed = Правила, которые могут применять ваши заседания
party-rules-default = Правило по умолчанию
party-rules-quorum = Кворум
party-rules-quorum-help = Необязательно: число присутствующих членов (10) или доля от общего числа членов (2/3).
party-rules-series = Серия документов
party-rules-series-help = Заглавные латинские буквы, цифры и «-»; части разделяются знаком «/»: из SCO/GSI получается SCO/GSI/2026/1.
party-rules-declare = Объявить эти правила
party-rules-declared = Правила объявлены и записаны.
