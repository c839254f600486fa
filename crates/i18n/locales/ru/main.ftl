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
common-error-413 = Слишком большой объём
common-error-413-detail = Отправленная форма больше, чем платформа принимает за один раз (2 МиБ). Ничего не записано. Сократите текст или разделите его на несколько отправок.
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

## Вход в систему

auth-title = Вход в систему
auth-intro = Войдите с помощью учётной записи, которую создал для вас секретариат вашей стороны.
auth-username = Имя пользователя
auth-password = Пароль
auth-submit = Войти
auth-wrong-password = Неверное имя пользователя или пароль.
auth-rate-limited =
    { $seconds ->
        [one] Слишком много попыток. Повторите попытку через { $seconds } секунду.
        [few] Слишком много попыток. Повторите попытку через { $seconds } секунды.
        [many] Слишком много попыток. Повторите попытку через { $seconds } секунд.
       *[other] Слишком много попыток. Повторите попытку через { $seconds } секунды.
    }
auth-busy = Платформа сейчас проверяет много попыток входа. Повторите попытку через секунду.
auth-session-expired = Срок действия сеанса истёк. Войдите снова.
auth-csrf-failed = Срок действия формы истёк, или она была отправлена не с этого сайта. Обновите страницу и повторите попытку.
auth-account-disabled = Эта учётная запись отключена. Обратитесь в секретариат вашей стороны.
auth-sign-in-required = Чтобы продолжить, войдите в систему.
auth-signed-out = Вы вышли из системы.
auth-signed-out-everywhere =
    Вы вышли из системы во всех браузерах. { $tokens ->
        [0] Ваши API-токены продолжают действовать.
        [one] Отозван { $tokens } API-токен.
        [few] Отозвано { $tokens } API-токена.
        [many] Отозвано { $tokens } API-токенов.
       *[other] Отозвано { $tokens } API-токенов.
    }

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
party-tokens-help = Токен позволяет программе действовать от вашего имени. Давайте ему только нужные права и самый короткий срок; он перестаёт действовать по истечении срока, при отзыве или когда вы выходите со всех устройств с отзывом токенов.
party-token-scopes = Права
party-token-expires = Истекает
party-token-status-expired = Истёк
party-token-lasts = Срок
party-token-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
party-token-scope-read = Читать то, что вам доступно
party-token-scope-write-registry = Изменять реестр
party-token-scope-write-concerns = Заявлять озабоченности и отвечать на них
party-token-scope-write-dialogue = Действовать на заседаниях и в документах
party-token-needs-scope = Выберите хотя бы одно право для токена.
party-token-days-invalid = Выберите срок действия токена из списка.
party-sign-out-everywhere = Выйти на всех устройствах
party-sign-out-everywhere-help = Завершает все ваши сеансы во всех браузерах и на всех устройствах, включая это. Используйте, если устройство утеряно или пароль мог стать известен.
party-sign-out-revoke-tokens = Также отозвать все мои API-токены
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

## Отказы: каждое правило объясняет причину (объявлены в файлах refusals.rs; английский текст — само объявление)

refusal-text-empty = поле { $field } не заполнено
refusal-text-too-long = поле { $field } содержит { $chars } символов; допускается не более { $max }
refusal-text-control-character = поле { $field } содержит управляющий символ U+{ $code } в позиции { $at }; допускаются только табуляция и переводы строки
refusal-text-bidi-control = поле { $field } содержит символ управления направлением текста U+{ $code } в позиции { $at }, из-за которого текст может читаться не так, как сохранён; оставьте направление странице
refusal-not-a-party-id = «{ $value }» не является идентификатором стороны: используйте код ISO 3166-1 alpha-3, например CHN, или краткий идентификатор строчными буквами, например sco
refusal-not-a-concern-id = «{ $value }» не является идентификатором озабоченности
refusal-not-a-meeting-id = «{ $value }» не является идентификатором заседания
refusal-not-a-document-id = «{ $value }» не является идентификатором документа
refusal-not-a-priority = «{ $value }» не является приоритетом: используйте III.1–III.{ $last }
refusal-not-a-security-domain = «{ $value }» не является областью безопасности: используйте traditional или non_traditional
refusal-not-a-un-symbol = «{ $value }» не является условным обозначением документа ООН (например, S/RES/2231 (2015) или A/RES/76/234)
refusal-not-a-role = «{ $value }» не является ролью: используйте delegate, focal_point, secretariat или reader
refusal-not-a-date = «{ $value }» не является датой: используйте формат ГГГГ-ММ-ДД (YYYY-MM-DD)
refusal-not-a-time = «{ $value }» не является временем в формате RFC 3339: { $reason }
refusal-not-a-party-kind = «{ $value }» не является видом стороны: используйте одно из значений { $kinds }
refusal-not-a-membership-role = «{ $value }» не является статусом участия: используйте member, permanent_member, elected_member, observer, dialogue_partner, partner, participant, organiser, administrator, contributor, state_party или suspended_member
refusal-acts-for-another-party = пользователь { $user } относится к стороне { $party } и не может действовать от имени { $author }
refusal-role-may-not-author = у пользователя { $user } нет роли, позволяющей составлять записи от имени { $author }
refusal-alpha3-for-a-non-state = сторона { $party }: идентификаторы ISO 3166-1 alpha-3 принадлежат государствам и территориям, а не виду «{ $kind }»
refusal-party-not-registered = сторона { $party } не зарегистрирована
refusal-keeps-no-membership-list = { $party } относится к виду «{ $kind }» и не ведёт списка членов
refusal-own-member = механизм не может быть своим собственным членом
refusal-membership-ends-before-it-starts = членство заканчивается ({ $to }) раньше, чем начинается ({ $from })
refusal-registers-no-participants = участников регистрирует только форум, механизм или организация; { $party } относится к виду «{ $kind }»
refusal-not-a-registrable-participant = секретариат регистрирует аналитические центры, академии и общественные организации, но не вид «{ $kind }»
refusal-unknown-record-kind = ни один модуль не пишет записей вида { $kind }
refusal-record-does-not-parse = запись вида { $kind } не удаётся прочитать: { $reason }
refusal-entity-of-another-type = { $key } не относится к читаемому типу
refusal-entity-missing = { $what } не существует
refusal-key-names-a-history = { $key } обозначает историю, а не одну сущность
refusal-no-such-user = пользователя с именем { $user } нет
refusal-password-too-long = пароль содержит не более { $max } байт
refusal-password-too-short = пароль должен содержать не менее { $min } символов
refusal-state-convenes-ad-hoc = { $party } — государство; государство созывает специальные заседания, а не заседания механизмов
refusal-bad-consistency-range = для доказательства согласованности требуется 1 <= from <= to <= { $size } (размер дерева); получено from={ $from }, to={ $to }
refusal-no-such-record = в журнале нет записи { $index }
refusal-user-exists = пользователь с именем { $name } уже существует
refusal-user-without-role = пользователю нужна хотя бы одна роль
refusal-party-already-registered = сторона { $party } уже зарегистрирована
refusal-not-a-user-name = «{ $value }» не является именем пользователя: используйте от 1 до 64 букв, цифр, «.», «_», «-» или «@»
refusal-no-such-mechanism = механизм { $mechanism } не зарегистрирован
refusal-not-a-category = «{ $value }» не является категорией: используйте ldc, lldc или sids
refusal-not-a-regional-group = «{ $value }» не является региональной группой ООН: используйте одно из значений { $groups }
refusal-membership-twice = членство { $membership } указано дважды
refusal-import-party-missing = сторона { $party } не зарегистрирована на этом узле; ничего не импортировано
refusal-bad-rows =
    в файле ошибочных строк: { $count }; ничего не импортировано:
    { $rows }
refusal-no-such-token = у { $user } нет токена { $id }
refusal-token-label = метка токена содержит не более 100 символов и не содержит управляющих символов
refusal-token-without-scope = токену нужна хотя бы одна область действия: read или write:MODULE
refusal-token-days = токен действует от 1 до { $max } дней, а не { $days }
refusal-not-a-scope = «{ $value }» не является областью действия токена; используйте read или write:MODULE, где MODULE — одно из значений { $modules }
refusal-store-unreadable = хранилище не удалось прочитать
refusal-changed-while-read = { $key } изменилось во время чтения

refusal-distribution-not-a-distribution = «{ $value }» — не вариант распространения: используйте public, originator или parties:CHN,RUS
refusal-distribution-not-wider = круг распространения можно только расширить: { $to } исключает читателя из { $from }, а раскрытое нельзя забрать обратно
refusal-distribution-unchanged = его уже читает { $to }: расширять нечего
transparency-sealed = запечатанная запись
transparency-author-hidden = не указан
transparency-sealed-help = Эта запись запечатана: читать её могут только стороны, которым она предназначена. Любой по-прежнему может проверить её подпись, место в журнале и контрольные точки журнала.
nav-api-docs-intro = Все операции API этого узла по его документу OpenAPI:
home-waiting = Ожидает вашей стороны
home-waiting-none = Ничто не ожидает вашей стороны.
home-waiting-all = Всё на странице «Моя сторона»
