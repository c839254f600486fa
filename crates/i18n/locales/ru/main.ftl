# Платформа Инициативы глобальной безопасности — тексты интерфейса, русский язык.
#
# Полностью переведены группы nav-, common-, home-, registry-, catalogue-, concern-, auth-.
# Группы transparency- и party- до перевода отображаются на английском языке.
# См. docs/i18n.md.

## Навигация и рамка страниц

nav-site-name = Платформа ИГБ
nav-site-description = Сотрудничество в рамках Инициативы глобальной безопасности
nav-main-menu = Главное меню
nav-home = Главная
nav-registry = Реестр
nav-catalogue = Каталог
nav-concerns = Озабоченности в сфере безопасности
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
common-error-500 = Внутренняя ошибка
common-error-500-detail = На платформе произошла ошибка. Ничего не было записано. Повторите попытку позже.
common-error-home = Вернуться на главную страницу
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
