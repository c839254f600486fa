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
common-error-413 = الحجم كبير جدًا
common-error-413-detail = تجاوز النموذج المرسل ما تقبله المنصة في المرة الواحدة (2 ميبيبايت). لم يُسجَّل شيء. اختصر النص أو قسّمه على عدة إرسالات.
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

## تسجيل الدخول

auth-title = تسجيل الدخول
auth-intro = سجّل الدخول بالحساب الذي أنشأته لك أمانة طرفك.
auth-username = اسم المستخدم
auth-password = كلمة المرور
auth-submit = تسجيل الدخول
auth-wrong-password = اسم المستخدم أو كلمة المرور غير صحيحة.
auth-rate-limited =
    { $seconds ->
        [zero] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد قليل.
        [one] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ثانية واحدة.
        [two] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ثانيتين.
        [few] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds } ثوانٍ.
        [many] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
       *[other] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
    }
auth-busy = تتحقق المنصة الآن من عدد كبير من محاولات تسجيل الدخول. يُرجى المحاولة مرة أخرى بعد ثانية.
auth-session-expired = انتهت مدة جلستك. يُرجى تسجيل الدخول مرة أخرى.
auth-csrf-failed = انتهت صلاحية هذه الاستمارة أو لم تُرسَل من هذا الموقع. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
auth-account-disabled = عُطِّل هذا الحساب. يُرجى الاتصال بأمانة طرفك.
auth-sign-in-required = يُرجى تسجيل الدخول للمتابعة.
auth-signed-out = تم تسجيل خروجك.
auth-signed-out-everywhere =
    تم تسجيل خروجك من كل المتصفحات. { $tokens ->
        [0] لا تزال رموز واجهة البرمجة الخاصة بك صالحة.
        [one] أُلغي رمز واحد لواجهة البرمجة.
        [two] أُلغي رمزان لواجهة البرمجة.
        [few] أُلغيت { $tokens } رموز لواجهة البرمجة.
        [many] أُلغي { $tokens } رمزًا لواجهة البرمجة.
       *[other] أُلغي { $tokens } رمز لواجهة البرمجة.
    }

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
party-tokens-help = يتيح الرمز لبرنامج أن يتصرف باسمك. امنحه الصلاحيات اللازمة فقط وأقصر مدة ممكنة؛ ويتوقف عند انتهاء مدته أو إلغائه أو عند خروجك من كل الأجهزة مع إلغاء الرموز.
party-token-scopes = الصلاحيات
party-token-expires = ينتهي في
party-token-status-expired = منتهي الصلاحية
party-token-lasts = المدة
party-token-days =
    { $days ->
        [one] يوم واحد
        [two] يومان
        [zero] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
party-token-scope-read = قراءة ما يحق لك الاطلاع عليه
party-token-scope-write-registry = تعديل السجل
party-token-scope-write-concerns = تقديم الشواغل والرد عليها
party-token-scope-write-dialogue = التصرف في الاجتماعات والوثائق
party-token-needs-scope = اختر صلاحية واحدة على الأقل للرمز.
party-token-days-invalid = اختر مدة الرمز من القائمة.
party-sign-out-everywhere = الخروج من كل الأجهزة
party-sign-out-everywhere-help = ينهي كل جلساتك في كل متصفح وعلى كل جهاز، بما فيها هذه الجلسة. استخدمه إذا فُقد جهاز أو ربما عُرفت كلمة مرورك.
party-sign-out-revoke-tokens = إلغاء كل رموز واجهة البرمجة الخاصة بي أيضًا
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

## الرفض: كل قاعدة تذكر السبب (مُعلنة في ملفات refusals.rs؛ النص الإنجليزي هو الإعلان نفسه)

refusal-text-empty = الحقل { $field } فارغ
refusal-text-too-long = يحتوي الحقل { $field } على { $chars } حرفًا؛ والحد الأقصى المسموح به { $max }
refusal-text-control-character = يحتوي الحقل { $field } على حرف التحكم U+{ $code } في الموضع { $at }؛ لا يُسمح إلا بعلامات الجدولة وفواصل الأسطر
refusal-text-bidi-control = يحتوي الحقل { $field } على حرف تنسيق الاتجاه U+{ $code } في الموضع { $at }، وقد يجعل النص يُقرأ على غير ما خُزّن عليه؛ اترك تحديد الاتجاه للصفحة
refusal-not-a-party-id = «{ $value }» ليس معرّف طرف: استخدم رمز ISO 3166-1 الثلاثي مثل CHN، أو معرّفًا قصيرًا بأحرف صغيرة مثل sco
refusal-not-a-concern-id = «{ $value }» ليس معرّف شاغل
refusal-not-a-meeting-id = «{ $value }» ليس معرّف اجتماع
refusal-not-a-document-id = «{ $value }» ليس معرّف وثيقة
refusal-not-a-priority = «{ $value }» ليس أولوية: استخدم من III.1 إلى III.{ $last }
refusal-not-a-security-domain = «{ $value }» ليس مجالًا أمنيًا: استخدم traditional أو non_traditional
refusal-not-a-un-symbol = «{ $value }» ليس رمز وثيقة من وثائق الأمم المتحدة (مثل S/RES/2231 (2015) أو A/RES/76/234)
refusal-not-a-role = «{ $value }» ليس دورًا: استخدم delegate أو focal_point أو secretariat أو reader
refusal-not-a-date = «{ $value }» ليس تاريخًا: استخدم الصيغة YYYY-MM-DD
refusal-not-a-time = «{ $value }» ليس وقتًا بصيغة RFC 3339: { $reason }
refusal-not-a-party-kind = «{ $value }» ليس نوع طرف: استخدم أحد الأنواع { $kinds }
refusal-not-a-membership-role = «{ $value }» ليس صفة عضوية: استخدم member أو permanent_member أو elected_member أو observer أو dialogue_partner أو partner أو participant أو organiser أو administrator أو contributor أو state_party أو suspended_member
refusal-acts-for-another-party = المستخدم { $user } تابع لـ { $party } ولا يمكنه التصرف باسم { $author }
refusal-role-may-not-author = ليس للمستخدم { $user } دور يخوّله تحرير سجلات باسم { $author }
refusal-alpha3-for-a-non-state = الطرف { $party }: معرّفات ISO 3166-1 الثلاثية خاصة بالدول والأقاليم، لا بنوع { $kind }
refusal-party-not-registered = لا يوجد طرف مسجَّل باسم { $party }
refusal-keeps-no-membership-list = { $party } من نوع { $kind } ولا يحتفظ بقائمة أعضاء
refusal-own-member = لا يمكن لآلية أن تكون عضوًا في نفسها
refusal-membership-ends-before-it-starts = تنتهي العضوية ({ $to }) قبل أن تبدأ ({ $from })
refusal-registers-no-participants = لا يسجّل المشاركين إلا منتدى أو آلية أو منظمة؛ و{ $party } من نوع { $kind }
refusal-not-a-registrable-participant = تسجّل الأمانة مراكز الفكر والأكاديميات والمنظمات الاجتماعية، لا نوع { $kind }
refusal-unknown-record-kind = لا توجد وحدة تكتب سجلات من نوع { $kind }
refusal-record-does-not-parse = تعذّرت قراءة السجل من نوع { $kind }: { $reason }
refusal-entity-of-another-type = { $key } ليس من النوع المقروء
refusal-entity-missing = { $what } غير موجود
refusal-key-names-a-history = { $key } يدل على سجل تاريخي لا على كيان واحد
refusal-no-such-user = لا يوجد مستخدم باسم { $user }
refusal-password-too-long = لا تتجاوز كلمة المرور { $max } بايت
refusal-password-too-short = تحتاج كلمة المرور إلى { $min } أحرف على الأقل
refusal-state-convenes-ad-hoc = { $party } دولة؛ والدولة تعقد اجتماعات مخصصة لا اجتماعات آليات
refusal-bad-consistency-range = يتطلب إثبات الاتساق 1 <= from <= to <= { $size } (حجم الشجرة)؛ والوارد from={ $from }، to={ $to }
refusal-no-such-record = لا يوجد السجل { $index } في السجل العام
refusal-user-exists = يوجد بالفعل مستخدم باسم { $name }
refusal-user-without-role = يحتاج المستخدم إلى دور واحد على الأقل
refusal-party-already-registered = الطرف { $party } مسجَّل بالفعل
refusal-not-a-user-name = «{ $value }» ليس اسم مستخدم: استخدم من 1 إلى 64 من الأحرف أو الأرقام أو «.» أو «_» أو «-» أو «@»
refusal-no-such-mechanism = لا توجد آلية مسجَّلة باسم { $mechanism }
refusal-not-a-category = «{ $value }» ليس فئة: استخدم ldc أو lldc أو sids
refusal-not-a-regional-group = «{ $value }» ليس مجموعة إقليمية في الأمم المتحدة: استخدم إحدى المجموعات { $groups }
refusal-membership-twice = العضوية { $membership } مذكورة مرتين
refusal-import-party-missing = لا يوجد طرف مسجَّل باسم { $party } في هذه العقدة؛ ولم يُستورد شيء
refusal-bad-rows =
    في الملف صفوف خاطئة عددها { $count }؛ ولم يُستورد شيء:
    { $rows }
refusal-no-such-token = ليس لدى { $user } رمز الوصول { $id }
refusal-token-label = لا تتجاوز تسمية رمز الوصول 100 حرف ولا تحتوي على أحرف تحكم
refusal-token-without-scope = يحتاج رمز الوصول إلى نطاق واحد على الأقل: read أو write:MODULE
refusal-token-days = تتراوح مدة صلاحية رمز الوصول بين 1 و{ $max } يومًا، لا { $days }
refusal-not-a-scope = «{ $value }» ليس نطاق رمز وصول؛ استخدم read أو write:MODULE حيث MODULE أحد { $modules }
refusal-store-unreadable = تعذّرت قراءة المخزن
refusal-changed-while-read = تغيّر { $key } أثناء قراءته

refusal-distribution-not-a-distribution = «{ $value }» ليس توزيعًا: استخدم public أو originator أو parties:CHN,RUS
refusal-distribution-not-wider = لا يمكن إلا توسيع التوزيع: { $to } يستبعد من يطّلع ضمن { $from }، وما كُشف لا يمكن استرجاعه
refusal-distribution-unchanged = يطّلع عليه بالفعل { $to }: لا شيء لتوسيعه
transparency-sealed = سجل مختوم
transparency-author-hidden = غير معروض
transparency-sealed-help = هذا السجل مختوم: لا يطّلع عليه إلا الأطراف المقصودة به. ويظل بإمكان أي شخص التحقق من توقيعه وموقعه في السجل ونقاط تحقق السجل.
nav-api-docs-intro = جميع عمليات واجهة برمجة التطبيقات لهذه العقدة، مقروءة من مستند OpenAPI الخاص بها:
home-waiting = ما ينتظر طرفكم
home-waiting-none = لا شيء ينتظر طرفكم.
home-waiting-all = كل شيء في صفحة طرفي
