### Registry (parties, mechanisms, memberships) and the framework catalogue.
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

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
