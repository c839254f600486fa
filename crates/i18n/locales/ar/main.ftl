# منصة مبادرة الأمن العالمي — نصوص الواجهة، العربية (تُعرض من اليمين إلى اليسار).
#
# المجموعات المكتملة: nav- و common- و home- و registry- و catalogue- و concern- و auth-.
# وتُرجمت أيضًا المجموعات transparency- و party- و dialogue-، وإن لم تكن الاختبارات تشترطها في غير الإنكليزية والصينية. انظر docs/i18n.md.

## التنقل وإطار الصفحات

nav-site-name = منصة مبادرة الأمن العالمي
nav-site-description = التعاون في إطار مبادرة الأمن العالمي
nav-main-menu = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-registry = سجل الأطراف
nav-catalogue = الفهرس
nav-concerns = الشواغل الأمنية
nav-meetings = الاجتماعات
nav-commitments = الالتزامات
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
common-error-429 = تغييرات أكثر من اللازم
common-error-429-detail = السجلات دائمة، ولذلك لا يجوز لكل مستخدم ولكل طرف أن يضيف منها إلا عددًا محدودًا في كل فترة؛ وتسري الحدود نفسها على جميع الأطراف.
common-write-quota-exceeded = لم يُسجَّل شيء. يمكنك المحاولة مجددًا بعد { $seconds } ثانية.
common-error-500 = خطأ داخلي
common-error-500-detail = واجهت المنصة خطأً، ولم يُسجَّل أي شيء. يُرجى المحاولة مرة أخرى لاحقًا.
common-error-home = العودة إلى الصفحة الرئيسية
common-pager-label = الصفحات
common-pager-showing = الصفوف { $first }–{ $last } من أصل { $total }
common-pager-previous = الصفحة السابقة
common-pager-next = الصفحة التالية
common-error-detail-in-english = توضيح المنصة (باللغة الإنكليزية):
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

## سجل الشفافية

transparency-title = الشفافية
transparency-intro = كل تغيير في المنصة قيد موقَّع يُضاف إلى سجل عام. ويمكن لأي شخص أن يتحقق من أن القيد مدرج في السجل وأن السجل لم يطرأ عليه إلا الازدياد، دون الحاجة إلى الثقة بهذا الخادم.
transparency-checkpoint = أحدث نقطة تحقق
transparency-checkpoint-help = تُثبت نقطة التحقق حالة السجل بأكمله: حجمه وتجزئة جذره، موقَّعَين بمفتاح العقدة.
transparency-tree-size = حجم السجل
transparency-root-hash = تجزئة الجذر
transparency-verifier-key = مفتاح التحقق
transparency-records = القيود
transparency-record-count =
    { $count ->
        [zero] لا توجد قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $count } قيود
        [many] { $count } قيدًا
       *[other] { $count } قيد
    }
transparency-record = القيد رقم { $index }
transparency-record-kind = نوع القيد
transparency-record-author = صاحب القيد
transparency-record-time = الوقت
transparency-record-subject = الموضوع
transparency-leaf-hash = تجزئة الورقة
transparency-signature = التوقيع
transparency-canonical-bytes = البايتات بالصيغة المعيارية
transparency-consistency = برهان الاتساق
transparency-consistency-help = يُثبت أن السجل الذي يضم { $from } من القيود هو الجزء الأول من السجل الذي يضم { $to } من القيود: فلم يُغيَّر فيه شيء ولم يُحذف منه شيء.
transparency-proof-valid = برهان الإدراج صالح لنقطة التحقق هذه.
transparency-proof-invalid = برهان الإدراج لا يطابق نقطة التحقق هذه.
transparency-verify-offline = التحقق دون اتصال
transparency-verify-offline-help = نزِّل القيد مع برهانه وتحقق منهما بأداة التحقق المستقلة الموصوفة في الوثائق.
transparency-verify-docs = ترد الصيغ وجميع خطوات التحقق في
transparency-proof-checked-by-server = (تحقّق منه هذا الخادم، ويتحقق منه متصفحك مرة أخرى إذا كانت البرامج النصية مفعَّلة.)
transparency-proof-checked-by-browser = (تحقّق منه متصفحك.)
transparency-empty = لا يتضمن السجل أي قيد بعد.

## طرفي: المستخدمون والمفاتيح ورموز الوصول والإجراءات المعلقة

party-title = طرفي
party-overview = لمحة عامة
party-users = المستخدمون
party-user-name = الاسم
party-user-roles = الأدوار
party-user-status = الحالة
party-user-active = نشط
party-user-disabled = معطَّل
party-user-add = إضافة مستخدم
party-user-disable = تعطيل
party-user-enable = تفعيل
party-role-delegate = مندوب
party-role-focal-point = جهة تنسيق
party-role-secretariat = الأمانة
party-role-reader = اطّلاع فقط
party-keys = مفاتيح التوقيع
party-key-fingerprint = البصمة
party-key-created = تاريخ الإنشاء
party-key-active = نشط
party-key-retired = متوقف عن الاستخدام
party-key-rotate = استبدال مفتاح التوقيع
party-key-rotate-confirm = هل تريد استبدال مفتاح التوقيع الخاص بالطرف { $party }؟ تظل القيود الموقَّعة من قبل صالحة.
party-tokens = رموز الوصول إلى واجهة برمجة التطبيقات
party-token-name = الاسم
party-token-create = إنشاء رمز وصول
party-token-created = انسخ رمز الوصول الآن: فهو لا يُعرض إلا مرة واحدة، ولا تُخزَّن إلا تجزئته.
party-token-revoke = إبطال
party-token-revoke-confirm = هل تريد إبطال رمز الوصول هذا؟ ستفقد البرامج التي تستخدمه إمكانية الوصول فورًا.
party-token-revoked = أُبطل رمز الوصول.
party-token-status-revoked = مُبطَل
party-token-last-used = آخر استخدام
party-token-never-used = لم يُستخدم قط
party-pending = الإجراءات المعلقة
party-pending-acknowledge =
    { $count ->
        [zero] لا توجد شواغل في انتظار إقرار طرفك بالاستلام
        [one] شاغل واحد في انتظار إقرار طرفك بالاستلام
        [two] شاغلان في انتظار إقرار طرفك بالاستلام
        [few] { $count } شواغل في انتظار إقرار طرفك بالاستلام
        [many] { $count } شاغلًا في انتظار إقرار طرفك بالاستلام
       *[other] { $count } شاغل في انتظار إقرار طرفك بالاستلام
    }
party-pending-respond =
    { $count ->
        [zero] لا توجد شواغل في انتظار رد طرفك
        [one] شاغل واحد في انتظار رد طرفك
        [two] شاغلان في انتظار رد طرفك
        [few] { $count } شواغل في انتظار رد طرفك
        [many] { $count } شاغلًا في انتظار رد طرفك
       *[other] { $count } شاغل في انتظار رد طرفك
    }
party-pending-none = لا يوجد ما ينتظر إجراءً من طرفك.
party-awaiting-invitation = الرد على الدعوة إلى «{ $meeting }» (يُفتتح في { $date })
party-awaiting-registration = الموافقة على تسجيل { $party } في «{ $meeting }» أو رفضه
party-awaiting-amendment = قبول التعديل { $number } المقدَّم من { $party } على «{ $document }» أو رفضه
party-awaiting-position = تسجيل موقف طرفكم بشأن «{ $document }» (القرار { $number })
party-awaiting-silence = «{ $document }»: يستمر إجراء الصمت حتى { $date }؛ اعترضوا قبل ذلك لكسر الصمت
party-awaiting-close = إغلاق القرار { $number } بشأن «{ $document }»: انتهى إجراء الصمت الخاص به
party-awaiting-commitment = تقديم تقرير عن الالتزام { $number } من { $symbol }
party-awaiting-commitment-due = تقديم تقرير عن الالتزام { $number } من { $symbol } (الموعد: { $date })
party-users-empty = لم يُنشأ أي مستخدم بعد.
party-tokens-empty = لم يُنشأ أي رمز وصول بعد.

## الحوار (IV.1–IV.4): الاجتماعات والوثائق الختامية والقرارات والالتزامات

dialogue-meetings-title = الاجتماعات
dialogue-meetings-intro = مؤتمرات القمة والاجتماعات الوزارية والمؤتمرات والمشاورات والحوارات المخصصة التي يُدعى إلى عقدها على المنصة، مع جداول أعمالها ووفودها ووثائقها الختامية وقراراتها.
dialogue-meetings-upcoming = الاجتماعات المقبلة والمنعقدة
dialogue-meetings-past = الاجتماعات السابقة
dialogue-meetings-count =
    { $count ->
        [zero] لا توجد اجتماعات
        [one] اجتماع واحد
        [two] اجتماعان
        [few] { $count } اجتماعات
        [many] { $count } اجتماعًا
       *[other] { $count } اجتماع
    }
dialogue-meetings-empty = لم يُدعَ إلى عقد أي اجتماع بعد.
dialogue-meetings-empty-filtered = لا يوجد اجتماع يطابق عوامل التصفية هذه.
dialogue-meetings-filter-mechanism = الآلية
dialogue-meetings-filter-any-mechanism = أي آلية
dialogue-meetings-filter-party = الطرف
dialogue-meetings-filter-when = التوقيت
dialogue-meetings-filter-all = المقبلة والسابقة
dialogue-meetings-filter-upcoming = المقبلة والمنعقدة
dialogue-meetings-filter-past = السابقة
dialogue-meetings-filter-mine = اجتماعات طرفي فقط
dialogue-meetings-calendar-of = موجز تقويم الطرف { $party } (iCalendar)
dialogue-meeting-convene = الدعوة إلى عقد اجتماع
dialogue-meeting-column-meeting = الاجتماع
dialogue-meeting-column-dates = التواريخ
dialogue-meeting-column-place = المكان
dialogue-meeting-column-convener = الجهة الداعية
dialogue-meeting-column-participation = المشاركة
dialogue-meeting-column-party = الطرف
dialogue-meeting-column-capacity = الصفة
dialogue-meeting-column-delegates = الوفد
dialogue-meeting-column-decision = البت في التسجيل
dialogue-meeting-online = عبر الإنترنت
dialogue-meeting-count-members =
    { $count ->
        [zero] لا يوجد أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
dialogue-meeting-count-observers =
    { $count ->
        [zero] لا يوجد مراقبون
        [one] مراقب واحد
        [two] مراقبان
        [few] { $count } مراقبين
        [many] { $count } مراقبًا
       *[other] { $count } مراقب
    }
dialogue-meeting-count-pending =
    { $count ->
        [zero] لا توجد طلبات معلقة
        [one] طلب واحد معلق
        [two] طلبان معلقان
        [few] { $count } طلبات معلقة
        [many] { $count } طلبًا معلقًا
       *[other] { $count } طلب معلق
    }
dialogue-meeting-count-invited =
    { $count ->
        [zero] لا توجد دعوات في انتظار الرد
        [one] دعوة واحدة في انتظار الرد
        [two] دعوتان في انتظار الرد
        [few] { $count } دعوات في انتظار الرد
        [many] { $count } دعوةً في انتظار الرد
       *[other] { $count } دعوة في انتظار الرد
    }
dialogue-meeting-phase-upcoming = مقبل
dialogue-meeting-phase-in-session = منعقد
dialogue-meeting-phase-concluded = مختتم
dialogue-meeting-phase-cancelled = ملغى
dialogue-meeting-kind-summit = مؤتمر قمة
dialogue-meeting-kind-ministerial = اجتماع وزاري
dialogue-meeting-kind-conference = مؤتمر
dialogue-meeting-kind-forum = منتدى
dialogue-meeting-kind-consultation = مشاورات
dialogue-meeting-kind-expert-meeting = اجتماع خبراء
dialogue-meeting-kind-bilateral-dialogue = حوار ثنائي
dialogue-meeting-capacity-member = عضو
dialogue-meeting-capacity-observer = مراقب
dialogue-meeting-capacity-guest = ضيف
dialogue-meeting-registration-invited = مدعو
dialogue-meeting-registration-requested = في انتظار الموافقة
dialogue-meeting-registration-approved = موافَق عليه
dialogue-meeting-registration-declined = مرفوض
dialogue-meeting-registration-withdrawn = مسحوب

dialogue-meeting-convene-title = الدعوة إلى عقد اجتماع
dialogue-meeting-convene-as-mechanism = يدعو الطرف { $party } إلى عقد الاجتماع، وتتولى أمانته خدمة الاجتماع ورئاسة عملية اتخاذ القرارات فيه.
dialogue-meeting-convene-ad-hoc = يدعو طرفك إلى عقد اجتماع مخصص مع الأطراف التي يدعوها، ويتولى رئاسة الاجتماع ويشارك فيه بصفة عضو.
dialogue-meeting-convene-not-permitted = لا يأذن لك دورك بالدعوة إلى عقد اجتماعات باسم طرفك.
dialogue-meeting-series-help = تُرقَّم الوثائق المعتمدة في الاجتماع ضمن السلسلة { $series }.
dialogue-meeting-field-kind = نوع الاجتماع
dialogue-meeting-field-title = العنوان
dialogue-meeting-field-dates = التواريخ
dialogue-meeting-field-opens = تاريخ الافتتاح
dialogue-meeting-field-closes = تاريخ الاختتام
dialogue-meeting-field-place = المكان
dialogue-meeting-field-place-help = المدينة ومكان الانعقاد. اذكر مكانًا أو عنوانًا على الإنترنت أو كليهما.
dialogue-meeting-field-online = العنوان على الإنترنت
dialogue-meeting-field-languages = لغات العمل
dialogue-meeting-field-agenda = جدول الأعمال
dialogue-meeting-field-agenda-help = بند واحد في كل سطر، بالترتيب. ولربط بند بأولويات التعاون الواردة في ورقة المفاهيم، اختم السطر بخط عمودي تليه الإشارات إليها، مثل: الإنذار المبكر بشأن الأنهار العابرة للحدود | III.11, III.20
dialogue-meeting-field-rule = قاعدة اتخاذ القرار
dialogue-meeting-field-rule-default = القاعدة الافتراضية للآلية
dialogue-meeting-field-invited = الدعوات
dialogue-meeting-field-invited-help-mechanism = اختياري. يسجّل أعضاء الآلية أنفسهم، ويجوز لك دعوة أطراف أخرى بصفة مراقبين أو ضيوف.
dialogue-meeting-field-invited-help-ad-hoc = ادعُ طرفًا واحدًا على الأقل بصفة عضو. والدعوة عرض: فلا يشارك الطرف إلا بعد قبولها.
dialogue-meeting-field-invited-members = المدعوون بصفة أعضاء
dialogue-meeting-field-invited-ids = أطراف أخرى مدعوة بصفة أعضاء (رموزها، مفصولة بفواصل)
dialogue-meeting-field-observers = أطراف مدعوة بصفة مراقبين (رموزها، مفصولة بفواصل)
dialogue-meeting-convene-submit = الدعوة إلى عقد الاجتماع
dialogue-meeting-error-title-empty = يُرجى إدخال عنوان للاجتماع.
dialogue-meeting-error-dates = يُرجى إدخال تاريخي الافتتاح والاختتام.
dialogue-meeting-error-closes-before-opens = لا يمكن أن يُختتم الاجتماع قبل افتتاحه.
dialogue-meeting-error-no-place = يُرجى ذكر مكان أو عنوان على الإنترنت أو كليهما.
dialogue-meeting-error-no-language = يُرجى اختيار لغة عمل واحدة على الأقل.
dialogue-meeting-error-agenda-empty = يجب أن يتضمن جدول الأعمال بندًا واحدًا على الأقل.
dialogue-meeting-error-agenda-line = السطر { $line } من جدول الأعمال لا يتضمن عنوانًا.
dialogue-meeting-error-agenda-priority = السطر { $line } من جدول الأعمال: «{ $priority }» ليست من أولويات التعاون الواردة في ورقة المفاهيم (استخدم من III.1 إلى III.20).
dialogue-meeting-error-not-found = لا يوجد اجتماع يحمل هذا المعرِّف.
dialogue-meeting-error-no-delegates = يُرجى تسمية مندوب واحد على الأقل، بدءًا برئيس الوفد.
dialogue-meeting-error-item = يُرجى اختيار بند من بنود جدول الأعمال.
dialogue-meeting-error-no-reason = يُرجى ذكر سبب إلغاء الاجتماع.
dialogue-meeting-error-revised-meanwhile = عدّل شخص آخر الاجتماع بعد أن فتحتَ هذه الاستمارة، لذا لم يُغيَّر شيء. افتح الاستمارة مرة أخرى لترى الاجتماع بصيغته الحالية.

dialogue-meeting-done-convened = تمت الدعوة إلى عقد الاجتماع. وقيدها موقَّع ومدرج في السجل العام.
dialogue-meeting-done-registered = سُجِّل وفدك.
dialogue-meeting-done-withdrawn = سُحب تسجيل وفدك.
dialogue-meeting-done-approved = تمت الموافقة على التسجيل.
dialogue-meeting-done-declined = رُفض التسجيل.
dialogue-meeting-done-floor = أُدرج مندوبك في قائمة المتكلمين.
dialogue-meeting-done-floor-withdrawn = شُطب مندوبك من قائمة المتكلمين.
dialogue-meeting-done-attached = أُرفقت الوثيقة ببند جدول الأعمال.
dialogue-meeting-done-cancelled = أُلغي الاجتماع.
dialogue-meeting-done-revised = نُقِّحت بيانات الاجتماع. وقيد التنقيح موقَّع ومدرج في السجل العام.
dialogue-meeting-cancelled-because = أُلغي هذا الاجتماع:
dialogue-meeting-ics = إضافة إلى التقويم (.ics)
dialogue-meeting-convener = الجهة الداعية
dialogue-meeting-ad-hoc = اجتماع مخصص
dialogue-meeting-allowed-rules = القواعد التي تجيزها الآلية
dialogue-meeting-series = سلسلة الوثائق
dialogue-meeting-convened-on = تاريخ الدعوة إلى الانعقاد
dialogue-meeting-revised-on = تاريخ التنقيح
dialogue-meeting-agenda = جدول الأعمال
dialogue-meeting-speakers = قائمة المتكلمين
dialogue-meeting-speakers-empty = لم يطلب أي وفد الكلمة في إطار هذا البند.
dialogue-meeting-floor-delegate = المتكلم
dialogue-meeting-floor-request = طلب الكلمة
dialogue-meeting-floor-withdraw = الانسحاب من قائمة المتكلمين
dialogue-meeting-floor-no-delegates = سمِّ مندوبيك في تسجيل وفدك لكي تتمكن من طلب الكلمة.
dialogue-meeting-attach = إرفاق وثيقة بهذا البند
dialogue-meeting-attach-title = عنوان الوثيقة
dialogue-meeting-attach-url = العنوان (https://…)
dialogue-meeting-attach-submit = إرفاق
dialogue-meeting-participants = المشاركون
dialogue-meeting-participants-empty = لم يسجّل أي طرف بعد.
dialogue-meeting-approve = موافقة
dialogue-meeting-decline = رفض
dialogue-meeting-registration = وفدك
dialogue-meeting-registration-yours = تسجيل طرفك:
dialogue-meeting-field-delegates = المندوبون
dialogue-meeting-field-delegates-help = اسم واحد في كل سطر، بدءًا برئيس الوفد.
dialogue-meeting-register = تسجيل الوفد
dialogue-meeting-accept-invitation = قبول الدعوة
dialogue-meeting-decline-invitation = رفض الدعوة
dialogue-meeting-update-delegation = تحديث تشكيلة الوفد
dialogue-meeting-update-request = تحديث الطلب
dialogue-meeting-withdraw = سحب التسجيل
dialogue-meeting-documents = الوثائق الختامية
dialogue-meeting-documents-empty = لم يُقدَّم أي مشروع في هذا الاجتماع.
dialogue-meeting-cancel = إلغاء الاجتماع
dialogue-meeting-cancel-reason = السبب، كما سيُعرض على المشاركين
dialogue-meeting-cancel-submit = إلغاء الاجتماع
dialogue-meeting-revise = تنقيح بيانات الاجتماع
dialogue-meeting-revise-help = انشر جدول أعمال منقحًا، أو غيّر التواريخ أو المكان، أو أضف عنوانًا على الإنترنت. ويُعرض الاجتماع على المشاركين بصيغته المنقحة، ويُسجَّل التنقيح قيدًا موقَّعًا في السجل العام.
dialogue-meeting-revise-place-help = اتركه فارغًا لعقد الاجتماع عبر الإنترنت فقط؛ واذكر مكانًا أو عنوانًا على الإنترنت أو كليهما.
dialogue-meeting-revise-agenda-help = بند واحد في كل سطر، بالترتيب، بالصيغة «العنوان | III.11, III.20». وتُطابَق الأسطر مع البنود الحالية بحسب موقعها: فالسطر الأول هو البند 1، وهكذا؛ ويحتفظ كل بند بمتكلميه ووثائقه. وتُضاف الأسطر الزائدة بنودًا في آخر الجدول. وحذف الأسطر الأخيرة يحذف البنود المقابلة لها، ويُرفض ذلك إذا كان للبند متكلمون أو وثائق مرفقة.
dialogue-meeting-revise-submit = تنقيح بيانات الاجتماع

dialogue-rule-consensus = توافق الآراء
dialogue-rule-consensus-help = يُعتمد النص ما لم يعترض عليه رسميًا أي عضو حاضر؛ ولا يحول عدم الانضمام ولا الغياب دون اعتماده.
dialogue-rule-consensus-minus-x = توافق الآراء ناقص X
dialogue-rule-consensus-minus-x-help = يجوز للأعضاء اختيار عدم المشاركة دون أن يحولوا دون الاعتماد؛ ويُعتمد النص إذا لم يعترض عليه أي عضو حاضر وشارك فيه عضو واحد على الأقل.
dialogue-rule-consensus-minus-one = توافق الآراء ناقص واحد
dialogue-rule-consensus-minus-one-help = لا يحول اعتراض الطرف المعني دون الاعتماد، أما اعتراض أي عضو آخر فيحول دونه.
dialogue-rule-silence = إجراء الصمت
dialogue-rule-silence-help = يُعتمد النص عند انقضاء المهلة ما لم يكسر عضو الصمت بالاعتراض عليه قبل انقضائها.
dialogue-rule-simple-majority = الأغلبية البسيطة
dialogue-rule-simple-majority-help = يُعتمد النص إذا زادت الأصوات المؤيدة على الأصوات المعارضة بين الأعضاء الحاضرين المصوتين؛ ولا يُحتسب الممتنعون عن التصويت.
dialogue-rule-two-thirds-majority = أغلبية الثلثين
dialogue-rule-two-thirds-majority-help = يُعتمد النص إذا أيده ثلثا الأصوات المدلى بها على الأقل؛ ولا يُحتسب الممتنعون عن التصويت.
dialogue-rule-security-council = قاعدة مجلس الأمن
dialogue-rule-security-council-help = تسعة أصوات مؤيدة من خمسة عشر، دون أي صوت معارض من عضو دائم؛ ويمتنع أطراف النزاع عن التصويت في القرارات المتخذة بموجب الفصل السادس (الميثاق، المادة 27).
dialogue-rule-default-marker = { $rule } (القاعدة الافتراضية)

dialogue-document-error-not-found = لا توجد وثيقة ختامية تحمل هذا المعرِّف.
dialogue-document-error-no-paragraphs = يُرجى كتابة النص، مع ترك سطر فارغ بين الفقرات.
dialogue-document-error-paragraph-number = يُرجى ذكر رقم الفقرة.
dialogue-document-table-draft = تقديم مشروع وثيقة ختامية
dialogue-document-table-draft-submit = تقديم المشروع
dialogue-document-field-title = عنوان الوثيقة
dialogue-document-field-priorities-help = اختياري. اضغط باستمرار على Ctrl (أو ⌘) لاختيار أكثر من أولوية.
dialogue-document-field-paragraphs = النص
dialogue-document-field-paragraphs-help = افصل بين الفقرات بسطر فارغ. وتُرقَّم الفقرات بحسب ترتيبها.
dialogue-document-column-title = الوثيقة
dialogue-document-column-version = الصيغة
dialogue-document-proposed-by = الطرف مقدِّم المشروع
dialogue-document-symbol = الرمز
dialogue-document-amendment-count =
    { $count ->
        [zero] لا توجد تعديلات
        [one] تعديل واحد
        [two] تعديلان
        [few] { $count } تعديلات
        [many] { $count } تعديلًا
       *[other] { $count } تعديل
    }
dialogue-document-status-drafting = قيد الصياغة
dialogue-document-status-in-decision = قيد البت
dialogue-document-status-adopted = معتمدة
dialogue-document-status-not-adopted = غير معتمدة
dialogue-document-meeting = الاجتماع
dialogue-document-chair = الرئيس
dialogue-document-current-version = الصيغة { $version } المؤرخة { $date }
dialogue-document-current-text = النص الحالي
dialogue-document-text-of-version = نص الصيغة
dialogue-document-show-version = الصيغة
dialogue-document-show = عرض
dialogue-document-un-symbol = رمز وثيقة الأمم المتحدة
dialogue-document-versions = الصيغ والتغييرات
dialogue-document-one-version = لم يُعدَّل النص: لا توجد سوى صيغة المشروع.
dialogue-document-done-drafted = قُدِّم المشروع.
dialogue-document-done-amended = قُدِّم التعديل الذي اقترحته. وسيتولى الرئيس قبوله أو رفضه.
dialogue-document-done-accepted = قُبل التعديل، وأصبحت للنص صيغة جديدة.
dialogue-document-done-rejected = رُفض التعديل.
dialogue-document-done-opened = فُتح إجراء اتخاذ القرار. ويجوز للأعضاء الآن تسجيل مواقفهم.
dialogue-document-done-position = سُجِّل موقفك.
dialogue-document-done-closed = أُغلق إجراء اتخاذ القرار.
dialogue-document-done-commitment = سُجِّل الالتزام.
dialogue-document-done-reported = سُجِّل تقريرك عن التنفيذ.
dialogue-version-draft = الصيغة { $version } — المشروع، { $date }
dialogue-version-amended = الصيغة { $version } — التعديل { $amendment }، { $date }
dialogue-diff-title = التغييرات من الصيغة { $from } إلى الصيغة { $to }
dialogue-diff-from = من الصيغة
dialogue-diff-to = إلى الصيغة
dialogue-diff-compare = مقارنة
dialogue-diff-legend = مفتاح الرموز:
dialogue-diff-legend-deleted = محذوف
dialogue-diff-legend-inserted = مُدرَج
dialogue-diff-same = الصيغتان متطابقتان.
dialogue-diff-unchanged = الفقرة { $number }، دون تغيير
dialogue-diff-changed = الفقرة { $number }، بصيغتها المعدَّلة
dialogue-diff-inserted = الفقرة { $number }، مُدرَجة
dialogue-diff-deleted = الفقرة { $number } السابقة، محذوفة

dialogue-amendments = التعديلات
dialogue-amendments-empty = لم يُقترح أي تعديل.
dialogue-amendment-column-number = الرقم
dialogue-amendment-column-by = الطرف مقترح التعديل
dialogue-amendment-column-change = التغيير
dialogue-amendment-column-text = النص المقترح
dialogue-amendment-reason = السبب:
dialogue-amendment-against = على أساس الصيغة { $version }
dialogue-amendment-produced = أفضى إلى الصيغة { $version }
dialogue-amendment-op-replace-n = الاستعاضة عن الفقرة { $number }
dialogue-amendment-op-insert-n = الإدراج بعد الفقرة { $number }
dialogue-amendment-op-insert-first = الإدراج قبل الفقرة 1
dialogue-amendment-op-delete-n = حذف الفقرة { $number }
dialogue-amendment-status-proposed = مقترح
dialogue-amendment-status-accepted = مقبول
dialogue-amendment-status-rejected = مرفوض
dialogue-amendment-accept = قبول
dialogue-amendment-reject = رفض
dialogue-amendment-propose = اقتراح تعديل
dialogue-amendment-field-op = التغيير
dialogue-amendment-op-replace = الاستعاضة عن الفقرة
dialogue-amendment-op-insert = إدراج فقرة جديدة بعد
dialogue-amendment-op-delete = حذف الفقرة
dialogue-amendment-field-paragraph = رقم الفقرة
dialogue-amendment-field-paragraph-help =
    { $count ->
        [zero] لا يتضمن النص الحالي أي فقرة. وللإدراج في البداية، أدخل 0.
        [one] يتألف النص الحالي من فقرة واحدة. وللإدراج في البداية، أدخل 0.
        [two] يتألف النص الحالي من فقرتين. وللإدراج في البداية، أدخل 0.
        [few] يتألف النص الحالي من { $count } فقرات. وللإدراج في البداية، أدخل 0.
        [many] يتألف النص الحالي من { $count } فقرةً. وللإدراج في البداية، أدخل 0.
       *[other] يتألف النص الحالي من { $count } فقرة. وللإدراج في البداية، أدخل 0.
    }
dialogue-amendment-field-text = النص المقترح
dialogue-amendment-field-text-help = الفقرة كاملة بالصيغة المقترحة. اتركه فارغًا للحذف.
dialogue-amendment-field-reason = السبب (اختياري)
dialogue-amendment-submit = اقتراح التعديل

dialogue-decision = القرار
dialogue-decision-is-open = مفتوح
dialogue-decision-none = لم يُفتح أي إجراء لاتخاذ قرار بشأن هذه الوثيقة.
dialogue-decision-rule = القاعدة
dialogue-decision-on-version = الصيغة موضوع القرار
dialogue-decision-opened = تاريخ الفتح
dialogue-decision-members = الأعضاء المشاركون في اتخاذ القرار
dialogue-decision-party-concerned-is = الطرف المعني: { $party }
dialogue-decision-deadline-is = الصمت حتى { $date }
dialogue-decision-chapter-vi-are = أطراف النزاع: { $parties }
dialogue-decision-your-position = موقف طرفك:
dialogue-decision-position = الموقف
dialogue-decision-comfort = درجة القبول (اختياري)
dialogue-decision-comfort-none = غير محددة
dialogue-decision-comfort-help = مدى قبول طرفك لتوافق الآراء الذي ينضم إليه أو يمتنع عن الانضمام إليه دون اعتراض؛ ولا تُسجَّل إلا مع التأييد أو عدم الانضمام.
dialogue-decision-record-position = تسجيل الموقف
dialogue-decision-close = إغلاق إجراء اتخاذ القرار
dialogue-decision-close-help = يُثبِّت الإغلاق النتيجة. وإذا اعتُمدت الوثيقة، مُنحت الرمز التالي في السلسلة.
dialogue-decision-close-pending = لا يزال إجراء الصمت جاريًا؛ ولا يمكن إغلاق إجراء اتخاذ القرار إلا بعد انقضاء مهلته.
dialogue-decision-blocked-by-amendment = يجب قبول التعديل { $number } أو رفضه قبل فتح إجراء اتخاذ القرار.
dialogue-decision-open = فتح إجراء اتخاذ القرار
dialogue-decision-open-help = يُتخذ القرار بشأن الصيغة { $version } من النص، التي تظل ثابتة إلى أن يُغلق إجراء اتخاذ القرار. والأعضاء المشاركون في اتخاذه هم أعضاء الاجتماع الذين تمت الموافقة على تسجيلهم.
dialogue-decision-deadline = الموعد النهائي (UTC)
dialogue-decision-deadline-help = لإجراء الصمت فقط.
dialogue-decision-party-concerned = الطرف المعني
dialogue-decision-party-concerned-help = لقاعدة توافق الآراء ناقص واحد فقط.
dialogue-decision-chapter-vi = أطراف النزاع (الفصل السادس)
dialogue-decision-chapter-vi-help = لقاعدة مجلس الأمن فقط، ويمتنع هؤلاء الأطراف عن التصويت.
dialogue-decision-open-submit = فتح إجراء اتخاذ القرار
dialogue-decision-history = القرارات المتخذة
dialogue-decision-error-party-concerned = يُرجى اختيار الطرف المعني.
dialogue-decision-error-deadline = يُرجى تحديد الموعد النهائي لإجراء الصمت.
dialogue-decision-error-deadline-past = يجب أن يكون الموعد النهائي لإجراء الصمت في المستقبل.
dialogue-decision-error-position = يُرجى اختيار موقف.
dialogue-position-support = تأييد
dialogue-position-stand-aside = عدم الانضمام دون اعتراض
dialogue-position-object = اعتراض
dialogue-position-opt-out = عدم المشاركة
dialogue-position-yes = نعم
dialogue-position-no = لا
dialogue-position-abstain = امتناع عن التصويت
dialogue-comfort-support = تأييد كامل
dialogue-comfort-can-live-with-it = يمكن قبوله
dialogue-comfort-reservations = مع تحفظات

dialogue-tally-live = الحصيلة الآنية
dialogue-tally-final = الحصيلة
dialogue-tally-chart-title = المواقف في القرار { $number }
dialogue-tally-members =
    { $count ->
        [zero] لا يوجد أعضاء مشاركون في اتخاذ القرار
        [one] عضو واحد مشارك في اتخاذ القرار
        [two] عضوان مشاركان في اتخاذ القرار
        [few] { $count } أعضاء مشاركين في اتخاذ القرار
        [many] { $count } عضوًا مشاركًا في اتخاذ القرار
       *[other] { $count } عضو مشارك في اتخاذ القرار
    }
dialogue-tally-not-yet = لم يُبدِ موقفًا بعد
dialogue-tally-not-voting = غير مشترك في التصويت
dialogue-tally-position = الموقف
dialogue-tally-count = الأعضاء
dialogue-tally-comfort = درجة القبول: تأييد كامل { $support }، يمكن قبوله { $live }، مع تحفظات { $reservations }.
dialogue-tally-comfort-level = درجة القبول
dialogue-reason-no-quorum = لم يُعتمد: لم يكتمل النصاب (حضر { $present } من أصل { $members } من الأعضاء؛ والمطلوب { $required }).
dialogue-reason-objection = لم يُعتمد: اعتراض رسمي من { $parties }.
dialogue-reason-only-party-concerned-present = لم يُعتمد: لم يحضر أي عضو غير الطرف المعني ({ $party }).
dialogue-reason-nobody-present = لم يُعتمد: لم يحضر أي عضو.
dialogue-reason-everyone-opted-out = لم يُعتمد: اختار جميع الأعضاء الحاضرين عدم المشاركة.
dialogue-reason-adopted-with-opt-outs = اعتُمد: لم يعترض أي عضو حاضر؛ يشارك { $in }، واختار { $out } عدم المشاركة ({ $parties }).
dialogue-reason-adopted-over-party-concerned = اعتُمد: لم يعترض أي عضو حاضر سوى الطرف المعني ({ $party })، واعتراضه لا يحول دون الاعتماد.
dialogue-reason-adopted-without-objection = اعتُمد: لم يعترض أي عضو حاضر.
dialogue-reason-silence-broken = لم يُعتمد: كسر { $parties } الصمت.
dialogue-reason-silence-running = جارٍ: يستمر إجراء الصمت حتى { $date }؛ ولم يكسر أي عضو الصمت.
dialogue-reason-silence-kept = اعتُمد: انتهى إجراء الصمت في { $date } ولم يكسر أي عضو الصمت.
dialogue-reason-majority-in-favour = اعتُمد بأغلبية بسيطة: { $yes } مؤيدون، و{ $no } معارضون، و{ $abstain } ممتنعون.
dialogue-reason-majority-tied = لم يُعتمد: { $yes } مؤيدون، و{ $no } معارضون، و{ $abstain } ممتنعون؛ وتعادل الأصوات يعني الرفض.
dialogue-reason-majority-against = لم يُعتمد: { $yes } مؤيدون، و{ $no } معارضون، و{ $abstain } ممتنعون.
dialogue-reason-two-thirds-in-favour = اعتُمد بأغلبية الثلثين: { $yes } مؤيدون، و{ $no } معارضون، و{ $abstain } ممتنعون.
dialogue-reason-two-thirds-short = لم يُعتمد: { $yes } مؤيدون، و{ $no } معارضون، و{ $abstain } ممتنعون؛ ويلزم تأييد ثلثي المصوتين.
dialogue-reason-council-too-few-votes = لم يُعتمد: { $yes } مؤيدون، و{ $no } معارضون، و{ $abstain } ممتنعون؛ ويلزم { $required } أصوات مؤيدة.
dialogue-reason-council-veto =
    { $count ->
        [zero] لم يُعتمد: استُخدم حق النقض.
        [one] لم يُعتمد: استخدم العضو الدائم { $parties } حق النقض.
        [two] لم يُعتمد: استخدم العضوان الدائمان { $parties } حق النقض.
        [few] لم يُعتمد: استخدم الأعضاء الدائمون { $parties } حق النقض.
        [many] لم يُعتمد: استخدم الأعضاء الدائمون { $parties } حق النقض.
       *[other] لم يُعتمد: استخدم الأعضاء الدائمون { $parties } حق النقض.
    }
dialogue-reason-council-adopted = اعتُمد: { $yes } مؤيدون، و{ $no } معارضون، و{ $abstain } ممتنعون؛ ولم يصوّت أي عضو دائم ضده.
dialogue-tally-recorded = وقت التسجيل
dialogue-tally-no-position = بلا موقف
dialogue-tally-so-far = حتى الآن:
dialogue-tally-if-closed-now = لو أُغلق إجراء اتخاذ القرار الآن:
dialogue-tally-outcome = النتيجة:
dialogue-tally-by-member = مواقف الأعضاء
dialogue-tally-refresh = تحديث الحصيلة
dialogue-tally-refresh-help = تُحدَّث تلقائيًا كل بضع ثوانٍ إذا كانت JavaScript مفعَّلة.
dialogue-tally-closed-help = أُغلق إجراء اتخاذ هذا القرار، والحصيلة نهائية.
dialogue-tally-reload = عرض لوحة القرار

dialogue-adoption = محضر الاعتماد
dialogue-adoption-date = تاريخ الاعتماد
dialogue-adoption-text-hash = تجزئة النص (SHA-256)
dialogue-adoption-text-hash-help = يمكن لأي شخص إعادة حسابها من النص المعتمد: العنوان، ثم سطر فارغ، ثم كل فقرة على سطر مستقل بالصيغة «n. النص».
dialogue-adoption-text-file = النص المعتمد في ملف
dialogue-adoption-text-file-help = تحقَّق بنفسك: يطبع الأمر sha256sum { $file } قيمة التجزئة الواردة أعلاه.
dialogue-adoption-in = المشاركون
dialogue-adoption-out = الذين اختاروا عدم المشاركة
dialogue-adoption-positions = المواقف عند الاعتماد

dialogue-commitments = الالتزامات
dialogue-commitment = الالتزام
dialogue-commitments-none-yet = لم تُحدَّد أي فقرة بوصفها التزامًا بعد.
dialogue-commitment-paragraph = الفقرة
dialogue-commitment-due = موعد الإنجاز
dialogue-commitment-parties = الأطراف الملتزمة
dialogue-commitment-parties-help = لا يُلزم الاعتماد إلا الأعضاء الذين انضموا إليه: الذين أيدوه أو صوتوا لصالحه، والذين التزموا الصمت في إجراء الصمت. لا الذين لم ينضموا دون اعتراض، ولا الذين اختاروا عدم المشاركة، ولا الذين اعترضوا أو صوتوا ضده أو امتنعوا عن التصويت أو غابوا.
dialogue-commitment-mark = تحديد فقرة بوصفها التزامًا
dialogue-commitment-mark-submit = تسجيل الالتزام
dialogue-commitment-reports = تقارير التنفيذ
dialogue-commitment-report = تقرير عن التنفيذ
dialogue-commitment-narrative = ما أُنجز
dialogue-commitment-evidence = الأدلة (روابط، رابط واحد في كل سطر)
dialogue-commitment-evidence-help = عناوين تبدأ بـ https:// أو http://، بحد أقصى 20 عنوانًا.
dialogue-commitment-report-submit = تقديم التقرير
dialogue-commitment-error-due = يُرجى إدخال موعد الإنجاز في صورة تاريخ.
dialogue-commitment-status-not-started = لم يبدأ التنفيذ
dialogue-commitment-status-in-progress = قيد التنفيذ
dialogue-commitment-status-completed = مُنجز
dialogue-commitment-status-delayed = متأخر
dialogue-commitment-status-no-report = لم يُقدَّم تقرير بعد

dialogue-commitments-title = متابعة الالتزامات
dialogue-commitments-intro = ما التزمت به الأطراف في الوثائق الختامية المعتمدة، وما تفيد به بشأن التنفيذ: بحسب الوثيقة، وبحسب الطرف، وبحسب أولوية التعاون الواردة في ورقة المفاهيم.
dialogue-commitments-filter-document = الوثيقة
dialogue-commitments-count =
    { $count ->
        [zero] لا توجد التزامات
        [one] التزام واحد
        [two] التزامان
        [few] { $count } التزامات
        [many] { $count } التزامًا
       *[other] { $count } التزام
    }
dialogue-commitments-empty = لا توجد بعد وثيقة معتمدة تتضمن التزامات.
dialogue-commitments-empty-filtered = لا توجد التزامات تطابق عوامل التصفية هذه.
dialogue-commitments-progress = أُنجز { $completed } من أصل { $total }
dialogue-commitments-by-document = بحسب الوثيقة
dialogue-commitments-by-party = بحسب الطرف
dialogue-commitments-by-priority = بحسب الأولوية
dialogue-commitments-list = جميع الالتزامات
dialogue-commitments-column-commitments = الالتزامات
dialogue-commitments-column-progress = التقدم المحرز
dialogue-commitments-reports =
    { $count ->
        [zero] لا توجد تقارير
        [one] تقرير واحد
        [two] تقريران
        [few] { $count } تقارير
        [many] { $count } تقريرًا
       *[other] { $count } تقرير
    }
dialogue-records-title = القيود الموقَّعة
dialogue-records-help = كل خطوة مما سبق قيد وقّعه الطرف الذي اتخذها، ومحفوظ في سجل الشفافية. وتعيد كل صفحة من صفحات القيود التحقق من برهان إدراج القيد في متصفحك.

## طرفي: قواعد اتخاذ القرار

party-rules-title = قواعد اتخاذ القرار
party-rules-help = القواعد التي يجوز لاجتماعاتك أن تتخذ قراراتها بموجبها، والقاعدة التي تطبقها ما لم يختر الاجتماع قاعدة أخرى، والنصاب القانوني، والسلسلة التي تُرقَّم ضمنها وثائقك المعتمدة. وكل إعلان جديد لهذه القواعد قيد موقَّع جديد.
party-rules-undeclared = لم تُعلن آليتك قواعدها بعد: فتتخذ اجتماعاتها قراراتها بتوافق الآراء أو بإجراء الصمت، وتُرقَّم وثائقها تحت معرِّفها بالأحرف اللاتينية الكبيرة.
party-rules-allowed = القواعد التي يجوز لاجتماعاتك اتباعها
party-rules-default = القاعدة الافتراضية
party-rules-quorum = النصاب القانوني
party-rules-quorum-help = اختياري: عدد من الأعضاء الحاضرين (10) أو كسر من عدد الأعضاء (2/3).
party-rules-series = سلسلة الوثائق
party-rules-series-help = أحرف لاتينية كبيرة وأرقام و'-'، في أجزاء يفصل بينها '/': فالسلسلة SCO/GSI تعطي الرمز SCO/GSI/2026/1.
party-rules-declare = إعلان هذه القواعد
party-rules-declared = أُعلنت القواعد وسُجِّلت.
