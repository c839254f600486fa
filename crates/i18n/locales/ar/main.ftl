# منصة مبادرة الأمن العالمي — نصوص الواجهة، العربية (تُعرض من اليمين إلى اليسار).
#
# المجموعات المكتملة: nav- و common- و home- و registry- و catalogue- و concern- و auth-.
# تُعرض المجموعتان transparency- و party- بالإنكليزية إلى أن تُترجم. انظر docs/i18n.md.

## التنقل وإطار الصفحات

nav-site-name = منصة مبادرة الأمن العالمي
nav-site-description = التعاون في إطار مبادرة الأمن العالمي
nav-main-menu = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-registry = سجل الأطراف
nav-catalogue = الفهرس
nav-concerns = الشواغل الأمنية
nav-transparency = الشفافية
nav-my-party = طرفي
nav-api-docs = وثائق واجهة برمجة التطبيقات
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-signed-in-as = تم تسجيل الدخول باسم { $user } ({ $party })
nav-language = اللغة
nav-skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-footer-note = القيود المسجلة في هذه المنصة موقَّعة ومحفوظة في سجل عام قابل للتحقق.

## عبارات عامة، والأخطاء، والتنقل بين الصفحات، والقيود والبراهين

common-save = حفظ
common-cancel = إلغاء
common-submit = إرسال
common-search = بحث
common-search-placeholder = بحث…
common-filter = تصفية
common-apply-filters = تطبيق عوامل التصفية
common-clear-filters = مسح عوامل التصفية
common-all = الكل
common-yes = نعم
common-no = لا
common-none = لا يوجد
common-date = التاريخ
common-status = الحالة
common-details = التفاصيل
common-back = رجوع
common-close = إغلاق
common-required = إلزامي
common-optional = اختياري
common-loading = جارٍ التحميل…
common-results =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
common-error-title = خطأ { $status }
common-error-400 = طلب غير صالح
common-error-400-detail = تعذّر فهم الطلب. يُرجى التحقق من العنوان والمحاولة مرة أخرى.
common-error-401 = يلزم تسجيل الدخول
common-error-401-detail = يُرجى تسجيل الدخول للمتابعة. ربما انتهت مدة جلستك.
common-error-403 = إجراء غير مأذون به
common-error-403-detail = لا يأذن طرفك أو دورك بهذا الإجراء.
common-error-404 = غير موجود
common-error-404-detail = الصفحة أو القيد المطلوب غير موجود.
common-error-409 = تعارض
common-error-409-detail = لا يتفق هذا الإجراء مع الحالة الراهنة للقيد، وربما تغيّرت في الأثناء. يُرجى إعادة تحميل الصفحة.
common-error-422 = بيانات غير صالحة
common-error-422-detail = بعض المعلومات المقدَّمة ناقص أو غير سليم الصيغة. يُرجى تصحيحها وإعادة الإرسال.
common-error-500 = خطأ داخلي
common-error-500-detail = واجهت المنصة خطأً، ولم يُسجَّل أي شيء. يُرجى المحاولة مرة أخرى لاحقًا.
common-error-home = العودة إلى الصفحة الرئيسية
common-pagination = التنقل بين الصفحات
common-previous = السابق
common-next = التالي
common-page-of = الصفحة { $page } من { $pages }
common-as-of = في { $date }
common-signed-record = قيد موقَّع
common-inclusion-proof = برهان الإدراج
common-verify = تحقّق
common-verified = تم التحقق
common-verification-failed = فشل التحقق
common-record-number = القيد رقم { $index }
common-download-json = تنزيل بصيغة JSON
common-copy = نسخ
common-copied = تم النسخ

## الصفحة الرئيسية: لوحة المعلومات

home-title = الإطار في لمحة
home-intro = تقوم مبادرة الأمن العالمي على ستة مبادئ وتحدد عشرين أولوية للتعاون. تعرض هذه الصفحة ما بلغه التعاون حتى اليوم.
home-principles = المبادئ
home-priorities = أولويات التعاون
home-priority-open =
    { $open ->
        [zero] لا توجد شواغل مفتوحة
        [one] شاغل مفتوح واحد
        [two] شاغلان مفتوحان
        [few] { $open } شواغل مفتوحة
        [many] { $open } شاغلًا مفتوحًا
       *[other] { $open } شاغل مفتوح
    }
home-platforms = المنصات والآليات
home-map-title = الأطراف في أنحاء العالم
home-map-description = خريطة للعالم تُلوَّن فيها كل دولة بحسب مشاركتها في المنصة. وترد المعلومات نفسها في سجل الأطراف.
home-map-legend = مفتاح الخريطة
home-map-legend-registered = طرف مسجَّل في المنصة
home-map-legend-open-concerns = طرف في شاغل مفتوح
home-map-legend-none = لا يوجد طرف مسجَّل
home-map-legend-many = { $count } شواغل مفتوحة أو أكثر
home-recent-records = أحدث القيود
home-recent-records-empty = لم يُسجَّل أي قيد بعد.
home-all-records = جميع القيود
home-stat-parties =
    { $count ->
        [zero] لا توجد أطراف مسجَّلة
        [one] طرف مسجَّل واحد
        [two] طرفان مسجَّلان
        [few] { $count } أطراف مسجَّلة
        [many] { $count } طرفًا مسجَّلًا
       *[other] { $count } طرف مسجَّل
    }
home-stat-records =
    { $count ->
        [zero] لا توجد قيود موقَّعة
        [one] قيد موقَّع واحد
        [two] قيدان موقَّعان
        [few] { $count } قيود موقَّعة
        [many] { $count } قيدًا موقَّعًا
       *[other] { $count } قيد موقَّع
    }

## سجل الأطراف: الأطراف والآليات والعضوية

registry-title = سجل الأطراف
registry-intro = الدول والمنظمات والآليات المشاركة في التعاون، وعضوية كل آلية على مر الزمن.
registry-parties = الأطراف
registry-party = الطرف
registry-mechanisms = الآليات
registry-mechanism = الآلية
registry-name = الاسم
registry-code = الرمز
registry-kind = الفئة
registry-kind-state = دولة
registry-kind-territory = إقليم
registry-kind-organisation = منظمة
registry-kind-organ = جهاز
registry-kind-mechanism = آلية
registry-kind-forum = منتدى
registry-kind-fund = صندوق
registry-kind-treaty = معاهدة
registry-kind-government-body = هيئة حكومية
registry-kind-think-tank = مركز فكر
registry-kind-academy = أكاديمية
registry-kind-social-organisation = منظمة مجتمعية
registry-members = الأعضاء
registry-members-as-of = الأعضاء في { $date }
registry-member-count =
    { $count ->
        [zero] لا يوجد أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
registry-memberships = العضويات
registry-role = الصفة
registry-role-member = عضو
registry-role-permanent-member = عضو دائم
registry-role-elected-member = عضو منتخب
registry-role-observer = مراقب
registry-role-dialogue-partner = شريك في الحوار
registry-role-partner = شريك
registry-role-participant = مشارك
registry-role-organiser = جهة منظِّمة
registry-role-administrator = جهة مديرة
registry-role-contributor = مساهم
registry-role-state-party = دولة طرف
registry-role-suspended-member = عضو معلَّقة عضويته
registry-period = المدة
registry-from = من
registry-to = إلى
registry-since = منذ { $date }
registry-from-to = من { $from } إلى { $to }
registry-region = المنطقة
registry-sub-region = المنطقة دون الإقليمية
registry-intermediate-region = المنطقة الوسيطة
registry-regional-group = المجموعة الإقليمية في الأمم المتحدة
registry-group-african = مجموعة الدول الأفريقية
registry-group-asia-pacific = مجموعة دول آسيا والمحيط الهادئ
registry-group-eastern-european = مجموعة دول أوروبا الشرقية
registry-group-latin-american-caribbean = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
registry-group-weog = مجموعة دول أوروبا الغربية ودول أخرى
registry-group-observer = مراقب
registry-un-member = دولة عضو في الأمم المتحدة
registry-un-observer = دولة غير عضو لها صفة المراقب في الأمم المتحدة
registry-ldc = من أقل البلدان نموًا
registry-ldc-short = أقل البلدان نموًا
registry-lldc = بلد نامٍ غير ساحلي
registry-lldc-short = بلد نامٍ غير ساحلي
registry-sids = دولة جزرية صغيرة نامية
registry-sids-short = دولة جزرية صغيرة نامية
registry-established = تاريخ الإنشاء
registry-website = الموقع الشبكي
registry-source = المصدر
registry-as-of = في تاريخ
registry-note = ملاحظة
registry-search-placeholder = البحث بالاسم أو الرمز
registry-empty = لا يوجد طرف يطابق عوامل التصفية هذه.
registry-names-note = الأسماء الواردة بغير الإنكليزية أسماء شائعة الاستعمال، وليست المصطلحات الرسمية للأمم المتحدة.

## الفهرس: إطار ورقة المفاهيم

catalogue-title = فهرس الإطار
catalogue-intro = مبادئ ورقة مفاهيم مبادرة الأمن العالمي وأولويات التعاون والمنصات الواردة فيها، مع الصكوك والآليات التي يذكرها كل منها.
catalogue-principles = المبادئ
catalogue-priorities = أولويات التعاون
catalogue-platforms = المنصات والآليات
catalogue-section = الفرع { $section }
catalogue-domains = مجالات الأمن
catalogue-domain-traditional = الأمن التقليدي
catalogue-domain-non-traditional = الأمن غير التقليدي
catalogue-instruments = الصكوك
catalogue-linked-items = بنود ذات صلة
catalogue-linked-mechanisms = المنظمات والآليات المذكورة
catalogue-modules = وحدات المنصة المعنية
catalogue-module-concerns = الشواغل الأمنية
catalogue-module-dialogue = الحوار والتشاور
catalogue-module-hotspots = القضايا الساخنة
catalogue-module-cooperation = مشاريع التعاون
catalogue-module-training = التدريب
catalogue-module-exchange-maritime = تبادل الخبرات في مجال الأمن البحري
catalogue-module-exchange-cyber = تبادل الخبرات في مجال الأمن السيبراني
catalogue-module-exchange-counter-terrorism = تبادل الخبرات في مجال مكافحة الإرهاب
catalogue-module-exchange-crime = تبادل الخبرات في مجال مكافحة الجريمة العابرة للحدود الوطنية
catalogue-module-exchange-health = تبادل الخبرات في مجال الصحة العامة
catalogue-version = إصدار الفهرس { $version }
catalogue-summary-note = الملخصات من صياغة المنصة، والنص الحجة هو نص ورقة المفاهيم.

## الشواغل الأمنية (ورقة المفاهيم، المبدأ II.4)

concern-list-title = الشواغل الأمنية
concern-intro = ينبغي أخذ الشواغل الأمنية المشروعة لجميع البلدان على محمل الجد ومعالجتها على النحو الواجب. وهنا يقدّم طرفٌ شاغلًا إلى الأطراف الموجَّه إليها، وتُوقَّع كل خطوة من خطوات التبادل بينها وتُسجَّل.
concern-count =
    { $count ->
        [zero] لا توجد شواغل
        [one] شاغل واحد
        [two] شاغلان
        [few] { $count } شواغل
        [many] { $count } شاغلًا
       *[other] { $count } شاغل
    }
concern-status-open = مفتوح
concern-status-addressed = عولِج
concern-status-withdrawn = مسحوب
concern-filter-status = الحالة
concern-filter-status-all = جميع الحالات
concern-filter-party = الطرف
concern-filter-party-any = أي طرف
concern-filter-priority = أولوية التعاون
concern-filter-priority-any = أي أولوية
concern-filter-overdue = التأخر
concern-filter-overdue-any = متأخر أو غير متأخر
concern-filter-overdue-only = المتأخر فقط
concern-filter-overdue-not = غير المتأخر
concern-badge-overdue = متأخر
concern-badge-overdue-help = طرف مخاطَب واحد على الأقل لم يقرّ بالاستلام أو لم يرد في المهلة المحددة.
concern-column-title = العنوان
concern-column-lodged-by = الطرف مقدِّم الشاغل
concern-column-addressees = الأطراف المخاطَبة
concern-column-lodged-on = تاريخ التقديم
concern-column-status = الحالة
concern-lodged-by = الطرف مقدِّم الشاغل
concern-lodged-on = قُدِّم في { $date }
concern-closed-on = أُغلق في { $date }
concern-addressees = الأطراف المخاطَبة
concern-domain = مجال الأمن
concern-priorities = أولويات التعاون
concern-un-references = وثائق الأمم المتحدة ذات الصلة
concern-description = الوصف
concern-closing-note = ملاحظة الإغلاق
concern-history = سجل الشاغل
concern-history-help = كل خطوة أدناه قيد موقَّع مشفوع ببرهان إدراجه في السجل العام.

concern-lodge = تقديم شاغل
concern-lodge-title = تقديم شاغل أمني
concern-lodge-intro = يقدّم طرفك الشاغل إلى الأطراف التي يسمّيها. وبمجرد تقديم الشاغل يُوقَّع ويُسجَّل، ولا يمكن حذفه، وإن أمكن سحبه لاحقًا.
concern-field-title = العنوان
concern-field-title-help =
    { $max ->
        [zero] بيان موجز للشاغل.
        [one] بيان موجز للشاغل لا يتجاوز حرفًا واحدًا.
        [two] بيان موجز للشاغل لا يتجاوز حرفين.
        [few] بيان موجز للشاغل لا يتجاوز { $max } أحرف.
        [many] بيان موجز للشاغل لا يتجاوز { $max } حرفًا.
       *[other] بيان موجز للشاغل لا يتجاوز { $max } حرف.
    }
concern-field-description = الوصف
concern-field-description-help =
    { $max ->
        [zero] اعرض الشاغل وأسبابه وما يطلبه طرفك من الأطراف المخاطَبة.
        [one] اعرض الشاغل وأسبابه وما يطلبه طرفك من الأطراف المخاطَبة، في حدود حرف واحد.
        [two] اعرض الشاغل وأسبابه وما يطلبه طرفك من الأطراف المخاطَبة، في حدود حرفين.
        [few] اعرض الشاغل وأسبابه وما يطلبه طرفك من الأطراف المخاطَبة، في حدود { $max } أحرف.
        [many] اعرض الشاغل وأسبابه وما يطلبه طرفك من الأطراف المخاطَبة، في حدود { $max } حرفًا.
       *[other] اعرض الشاغل وأسبابه وما يطلبه طرفك من الأطراف المخاطَبة، في حدود { $max } حرف.
    }
concern-field-domain = مجال الأمن
concern-field-domain-help = الأمن التقليدي (مثل المسائل العسكرية) أو الأمن غير التقليدي (مثل الإرهاب والأمن السيبراني والأمن البيولوجي وتغير المناخ).
concern-field-priorities = أولويات التعاون
concern-field-priorities-help = اختر أولوية واحدة على الأقل من أولويات التعاون (من III.1 إلى III.20) يتصل بها الشاغل.
concern-field-addressees = الأطراف المخاطَبة
concern-field-addressees-help = الأطراف التي يوجَّه إليها الشاغل. ولا يجوز لطرف أن يوجّه شاغلًا إلى نفسه.
concern-field-un-references = وثائق الأمم المتحدة ذات الصلة
concern-field-un-references-help = اختياري. رموز وثائق الأمم المتحدة ذات الصلة، مفصولة بفواصل، مثل S/RES/2231 (2015)، A/RES/76/234.
concern-field-response-due = موعد الرد
concern-field-response-due-help =
    { $days ->
        [zero] اختياري. التاريخ المطلوب أن ترد الردود بحلوله، ويجب أن يكون تاريخًا مقبلًا.
        [one] اختياري. التاريخ المطلوب أن ترد الردود بحلوله، ويجب أن يكون تاريخًا مقبلًا. وإن لم يُحدَّد، يحين موعد الردود بعد يوم واحد من التقديم.
        [two] اختياري. التاريخ المطلوب أن ترد الردود بحلوله، ويجب أن يكون تاريخًا مقبلًا. وإن لم يُحدَّد، يحين موعد الردود بعد يومين من التقديم.
        [few] اختياري. التاريخ المطلوب أن ترد الردود بحلوله، ويجب أن يكون تاريخًا مقبلًا. وإن لم يُحدَّد، يحين موعد الردود بعد { $days } أيام من التقديم.
        [many] اختياري. التاريخ المطلوب أن ترد الردود بحلوله، ويجب أن يكون تاريخًا مقبلًا. وإن لم يُحدَّد، يحين موعد الردود بعد { $days } يومًا من التقديم.
       *[other] اختياري. التاريخ المطلوب أن ترد الردود بحلوله، ويجب أن يكون تاريخًا مقبلًا. وإن لم يُحدَّد، يحين موعد الردود بعد { $days } يوم من التقديم.
    }
concern-lodge-submit = تقديم الشاغل
concern-lodge-confirm = هل تريد تقديم هذا الشاغل باسم { $party }؟ سيُوقَّع ويُسجَّل بصفة دائمة.
concern-lodge-sign-in = سجّل الدخول بصفتك مندوبًا أو جهة تنسيق أو عضوًا في أمانة طرفك لتقديم شاغل.

concern-action-acknowledge = الإقرار بالاستلام
concern-action-respond = الرد
concern-action-propose-consultations = اقتراح إجراء مشاورات
concern-action-close-addressed = الإغلاق بعد المعالجة
concern-action-withdraw = السحب
concern-field-response = الرد
concern-field-response-help = رد طرفك، وسيصبح جزءًا من السجل العام للشاغل.
concern-field-proposal = مقترح إجراء مشاورات
concern-field-proposal-help = اقترح شكل المشاورات بشأن الشاغل أو مستواها أو مكانها أو توقيتها.
concern-field-note = ملاحظة الإغلاق
concern-field-note-help = اختياري. كيف عولج الشاغل، أو سبب سحبه.
concern-field-outcome = النتيجة
concern-actions = إجراءات طرفكم
concern-confirm-acknowledge = هل تريد الإقرار باستلام هذا الشاغل باسم { $party }؟
concern-confirm-respond = هل تريد إرسال هذا الرد باسم { $party }؟
concern-confirm-consultations = هل تريد اقتراح إجراء مشاورات باسم { $party }؟
concern-confirm-close-addressed = هل تريد إغلاق هذا الشاغل بوصفه قد عولج؟ لا يمكن إعادة فتح شاغل مغلق.
concern-confirm-withdraw = هل تريد سحب هذا الشاغل؟ لا يمكن إعادة فتح شاغل مسحوب.
concern-done-lodged = قُدِّم الشاغل وسُجِّل.
concern-done-acknowledged = تم الإقرار باستلام الشاغل.
concern-done-responded = سُجِّل الرد.
concern-done-consultations = سُجِّل مقترح إجراء المشاورات.
concern-done-closed-addressed = أُغلق الشاغل بوصفه قد عولج.
concern-done-withdrawn = سُحب الشاغل.

# «الطرف» مذكر أيًّا كان اسم الطرف، فتُطابقه الأفعال.
concern-timeline-lodged = قدّم الطرف { $party } الشاغل
concern-timeline-acknowledged = أقرّ الطرف { $party } باستلام الشاغل
concern-timeline-responded = ردّ الطرف { $party }
concern-timeline-consultations = اقترح الطرف { $party } إجراء مشاورات
concern-timeline-closed-addressed = أغلق الطرف { $party } الشاغل بوصفه قد عولج
concern-timeline-withdrawn = سحب الطرف { $party } الشاغل

concern-clocks = مهل الرد
concern-clocks-help =
    { $days ->
        [zero] يُطلب من كل طرف مخاطَب أن يقرّ باستلام الشاغل فور تقديمه، وأن يرد عليه قبل موعد الرد.
        [one] يُطلب من كل طرف مخاطَب أن يقرّ باستلام الشاغل في غضون يوم واحد من تقديمه، وأن يرد عليه قبل موعد الرد.
        [two] يُطلب من كل طرف مخاطَب أن يقرّ باستلام الشاغل في غضون يومين من تقديمه، وأن يرد عليه قبل موعد الرد.
        [few] يُطلب من كل طرف مخاطَب أن يقرّ باستلام الشاغل في غضون { $days } أيام من تقديمه، وأن يرد عليه قبل موعد الرد.
        [many] يُطلب من كل طرف مخاطَب أن يقرّ باستلام الشاغل في غضون { $days } يومًا من تقديمه، وأن يرد عليه قبل موعد الرد.
       *[other] يُطلب من كل طرف مخاطَب أن يقرّ باستلام الشاغل في غضون { $days } يوم من تقديمه، وأن يرد عليه قبل موعد الرد.
    }
concern-clock-acknowledged-after =
    { $days ->
        [zero] أُقِرّ بالاستلام في يوم التقديم
        [one] أُقِرّ بالاستلام بعد يوم واحد
        [two] أُقِرّ بالاستلام بعد يومين
        [few] أُقِرّ بالاستلام بعد { $days } أيام
        [many] أُقِرّ بالاستلام بعد { $days } يومًا
       *[other] أُقِرّ بالاستلام بعد { $days } يوم
    }
concern-clock-responded-after =
    { $days ->
        [zero] ورد الرد في يوم التقديم
        [one] ورد الرد بعد يوم واحد
        [two] ورد الرد بعد يومين
        [few] ورد الرد بعد { $days } أيام
        [many] ورد الرد بعد { $days } يومًا
       *[other] ورد الرد بعد { $days } يوم
    }
concern-clock-awaiting-acknowledgement = في انتظار الإقرار بالاستلام
concern-clock-awaiting-response = في انتظار الرد
concern-clock-acknowledgement-due = موعد الإقرار بالاستلام { $date }
concern-clock-response-due = موعد الرد { $date }
concern-clock-overdue = متأخر
concern-clock-acknowledgement = الإقرار بالاستلام
concern-clock-acknowledgement-overdue = الإقرار بالاستلام متأخر منذ { $date }
concern-clock-response-overdue = الرد متأخر منذ { $date }
concern-clock-stopped = توقفت المهل عند إغلاق الشاغل.
concern-addressee-responses =
    { $count ->
        [zero] لا توجد ردود
        [one] رد واحد
        [two] ردّان
        [few] { $count } ردود
        [many] { $count } ردًّا
       *[other] { $count } رد
    }
concern-addressee-consultations =
    { $count ->
        [zero] لا توجد مقترحات لإجراء مشاورات
        [one] مقترح واحد لإجراء مشاورات
        [two] مقترحان لإجراء مشاورات
        [few] { $count } مقترحات لإجراء مشاورات
        [many] { $count } مقترحًا لإجراء مشاورات
       *[other] { $count } مقترح لإجراء مشاورات
    }

concern-error-not-found = هذا الشاغل غير موجود.
concern-error-not-addressee = لا يجوز الإقرار باستلام هذا الشاغل أو الرد عليه أو اقتراح إجراء مشاورات بشأنه إلا لطرف مخاطَب به.
concern-error-not-lodging-party = لا يجوز إغلاق هذا الشاغل أو سحبه إلا للطرف { $party } الذي قدّمه.
concern-error-role = لا يجوز التصرف باسم طرف إلا لمندوبه أو لجهة التنسيق التابعة له أو لعضو في أمانته.
concern-error-already-addressed = سبق إغلاق هذا الشاغل بوصفه قد عولج، ولم يعد من الممكن تغييره.
concern-error-already-withdrawn = سبق سحب هذا الشاغل، ولم يعد من الممكن تغييره.
concern-error-already-acknowledged = سبق أن أقرّ الطرف { $party } باستلام هذا الشاغل.
concern-error-already-exists = يوجد بالفعل شاغل يحمل هذا المعرِّف.
concern-error-self-addressed = لا يجوز لطرف أن يوجّه شاغلًا إلى نفسه.
concern-error-no-addressee = يُرجى تسمية طرف مخاطَب واحد على الأقل.
concern-error-duplicate-addressee = ذُكر أحد الأطراف المخاطَبة أكثر من مرة.
concern-error-unknown-party = لا يوجد طرف مسجَّل باسم { $party }.
concern-error-no-priority = يُرجى اختيار أولوية واحدة على الأقل من أولويات التعاون (من III.1 إلى III.20).
concern-error-unknown-priority = «{ $priority }» ليست من أولويات التعاون؛ استخدم من III.1 إلى III.20.
concern-error-due-in-past = يجب أن يكون موعد الرد تاريخًا مقبلًا.
concern-error-title-empty = يُرجى إدخال عنوان.
concern-error-description-empty = يُرجى إدخال وصف.
concern-error-text-empty = يُرجى إدخال النص.
concern-error-too-long =
    { $max ->
        [zero] النص أطول من المسموح به.
        [one] النص أطول من الحد المسموح به، وهو حرف واحد.
        [two] النص أطول من الحد المسموح به، وهو حرفان.
        [few] النص أطول من الحد المسموح به، وهو { $max } أحرف.
        [many] النص أطول من الحد المسموح به، وهو { $max } حرفًا.
       *[other] النص أطول من الحد المسموح به، وهو { $max } حرف.
    }
concern-error-un-reference = «{ $symbol }» ليس رمزًا لوثيقة من وثائق الأمم المتحدة (مثل S/RES/2231 (2015) أو A/RES/76/234).

concern-empty = لم يُقدَّم أي شاغل بعد.
concern-empty-filtered = لا يوجد شاغل يطابق عوامل التصفية هذه.
concern-empty-addressed-to-you = لا يوجد شاغل موجَّه إلى طرفك.

## تسجيل الدخول

auth-title = تسجيل الدخول
auth-intro = سجّل الدخول بالحساب الذي أنشأته لك أمانة طرفك.
auth-username = اسم المستخدم
auth-password = كلمة المرور
auth-submit = تسجيل الدخول
auth-wrong-password = اسم المستخدم أو كلمة المرور غير صحيحة.
auth-rate-limited =
    { $minutes ->
        [zero] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد قليل.
        [one] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد دقيقة واحدة.
        [two] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد دقيقتين.
        [few] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
        [many] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
       *[other] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
    }
auth-session-expired = انتهت مدة جلستك. يُرجى تسجيل الدخول مرة أخرى.
auth-csrf-failed = انتهت صلاحية هذه الاستمارة أو لم تُرسَل من هذا الموقع. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
auth-account-disabled = عُطِّل هذا الحساب. يُرجى الاتصال بأمانة طرفك.
auth-sign-in-required = يُرجى تسجيل الدخول للمتابعة.
auth-signed-out = تم تسجيل خروجك.
