### Dialogue (IV.1–IV.4): meetings, outcome documents, decisions and commitments.
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

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
dialogue-meeting-error-dates = يُرجى إدخال تاريخي الافتتاح والاختتام.
dialogue-meeting-error-agenda-priority = السطر { $line } من جدول الأعمال: «{ $priority }» ليست من أولويات التعاون الواردة في ورقة المفاهيم (استخدم من III.1 إلى III.20).
dialogue-meeting-error-not-found = لا يوجد اجتماع يحمل هذا المعرِّف.
dialogue-meeting-error-item = يُرجى اختيار بند من بنود جدول الأعمال.
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

## الرفض: كل قاعدة تذكر السبب (مُعلنة في ملفات refusals.rs؛ النص الإنجليزي هو الإعلان نفسه)

refusal-decision-dispute-party-must-abstain = { $party } طرف في النزاع بموجب الفصل السادس وعليه الامتناع عن التصويت (المادة 27، الفقرة 3)
refusal-decision-position-does-not-fit = اتخذ { $party } الموقف «{ $position }» الذي لا يتوافق مع القاعدة { $rule }: استخدم { $fits }
refusal-decision-not-present = { $party } غير حاضر ولا يمكنه اتخاذ موقف
refusal-decision-not-a-member-cannot-take-position = { $party } ليس عضوًا في الهيئة ولا يمكنه اتخاذ موقف
refusal-decision-security-council-composition = يتألف مجلس الأمن من { $size } عضوًا منهم { $permanent_seats } دائمون؛ وتتألف هذه الهيئة من { $members } عضوًا منهم { $permanent } دائمون
refusal-decision-party-concerned-not-member = الطرف المعني، { $party_concerned }، ليس عضوًا في الهيئة
refusal-decision-silence-has-no-quorum = لا نصاب لإجراء الموافقة الضمنية: لا ينطبق عليه شرط الحضور
refusal-decision-quorum-not-a-fraction = النصاب { $num }/{ $den } ليس كسرًا بين 0 و1
refusal-decision-present-not-member = { $party } مسجَّل حاضرًا لكنه ليس عضوًا في الهيئة
refusal-decision-member-twice = { $party } مذكور مرتين بين الأعضاء
refusal-decision-body-without-members = تحتاج هيئة صنع القرار إلى عضو واحد على الأقل
refusal-decision-comfort-with-wrong-position = يسجّل { $party } درجة قبول مع الموقف «{ $position }»؛ ولا تقترن درجة القبول إلا بالتأييد أو عدم الاعتراض
refusal-decision-not-a-member-takes-no-position = { $party } ليس عضوًا في هذه الهيئة ولا يتخذ فيها موقفًا
refusal-decision-not-a-quorum = «{ $value }» ليس نصابًا: استخدم عدد أعضاء مثل 10، أو نسبة من الأعضاء مثل 2/3
refusal-decision-consensus-minus-one-needs-party = يتطلب توافق الآراء ناقص واحد party_concerned: الطرف الذي لا يعطّل اعتراضه القرار
refusal-decision-silence-needs-deadline = يحتاج إجراء الموافقة الضمنية إلى موعد نهائي
refusal-decision-does-not-apply-to-rule = لا ينطبق { $field } على القاعدة { $rule }
refusal-decision-not-one-of = «{ $value }» ليس { $what }: استخدم { $listed }
refusal-decision-not-a-position = «{ $value }» ليس موقفًا: استخدم support أو stand_aside أو object أو opt_out في قاعدة توافق الآراء، وyes أو no أو abstain في التصويت
refusal-dialogue-default-not-allowed = القاعدة الافتراضية، { $rule }، ليست من القواعد المسموح بها
refusal-dialogue-no-allowed-rule = تسمح الآلية بقاعدة واحدة على الأقل
refusal-dialogue-state-declares-no-rules = { $party } دولة؛ ولا تعلن قواعد صنع القرار إلا الآليات والمنظمات
refusal-dialogue-not-a-series = «{ $series }» ليس سلسلة وثائق: استخدم من 2 إلى 40 من الأحرف الكبيرة أو الأرقام أو «-»، في أجزاء تفصل بينها «/» (مثل GSI/HLC)
refusal-dialogue-not-a-web-address = الحقل { $field } «{ $value }» ليس عنوان http أو https
refusal-dialogue-meeting-already-convened = الاجتماع { $meeting } منعقد بالفعل
refusal-dialogue-no-pending-registration = ليس لدى { $party } تسجيل ينتظر قرارًا
refusal-dialogue-meeting-missing = الاجتماع غير موجود
refusal-dialogue-revised-since-opened = نُقّح الاجتماع بعد فتح هذا النموذج؛ ولم يُغيَّر شيء. افتح النموذج مرة أخرى لترى الاجتماع على حاله الراهن
refusal-dialogue-revision-changes-nothing = التنقيح لا يغيّر شيئًا
refusal-dialogue-agenda-empty = يحتاج جدول الأعمال إلى بند واحد على الأقل
refusal-dialogue-item-cannot-be-removed = لا يمكن حذف البند { $item } («{ $title }»): فلديه { $held }، وحذفه يُسقطها من محضر الاجتماع؛ عدّل عنوانه بدلًا من ذلك
refusal-dialogue-retitle-needs-change = يتطلب تعديل عنوان البند { $item } عنوانًا جديدًا أو أولويات جديدة أو كليهما
refusal-dialogue-item-changed-twice = البند { $item } معدَّل أكثر من مرة في التنقيح
refusal-dialogue-agenda-has-no-item = يتضمن جدول الأعمال البنود من 1 إلى { $count }؛ ولا يوجد البند { $item }
refusal-dialogue-neither-convenes-nor-takes-part = { $party } لا يدعو إلى هذا الاجتماع ولا يشارك فيه
refusal-dialogue-not-speaking = { $party } ليس في قائمة المتكلمين في البند { $item }
refusal-dialogue-already-speaking = { $party } مدرج بالفعل في قائمة المتكلمين في البند { $item }
refusal-dialogue-not-a-delegate = «{ $delegate }» ليس مندوبًا لـ { $party }؛ سجّل المندوب أولًا
refusal-dialogue-not-an-approved-participant = { $party } ليس مشاركًا معتمدًا في هذا الاجتماع
refusal-dialogue-no-registration-to-withdraw = ليس لدى { $party } تسجيل يمكن سحبه
refusal-dialogue-ad-hoc-convener-cancels = تلغي الجهة الداعية إلى اجتماع مخصص الاجتماعَ بدلًا من الانسحاب منه
refusal-dialogue-registration-not-pending = تسجيل { $party } في حالة { $status }، لا في انتظار قرار
refusal-dialogue-not-registered = لم يسجّل { $party }
refusal-dialogue-state-registers-as-member-or-observer = { $party } دولة أو منظمة: تسجّل بصفة عضو أو مراقب
refusal-dialogue-not-invited-as-member = لم يُدعَ { $party } عضوًا في هذا الاجتماع المخصص؛ ويمكنه طلب الحضور بصفة مراقب
refusal-dialogue-not-a-member-on-date = { $party } ليس عضوًا في { $mechanism } في { $date }؛ ويمكنه التسجيل بصفة مراقب
refusal-dialogue-delegation-size = يسمّي الوفد من 1 إلى 50 مندوبًا، ويُذكر رئيس الوفد أولًا
refusal-dialogue-convener-does-not-register = { $party } يدعو إلى هذا الاجتماع ويتولى أمانته؛ فلا يسجّل فيه
refusal-dialogue-rule-not-allowed = لا تسمح { $mechanism } بالقاعدة { $rule }؛ وتسمح بـ { $allowed }
refusal-dialogue-ad-hoc-without-members = الاجتماع المخصص يُعقد بين أطراف مسمّاة: ادعُ طرفًا واحدًا على الأقل بصفة عضو
refusal-dialogue-invited-twice = دُعي { $party } مرتين
refusal-dialogue-convener-invites-itself = { $party } يدعو إلى الاجتماع ولا يدعو نفسه
refusal-dialogue-meeting-exists = يوجد بالفعل اجتماع { $meeting }
refusal-dialogue-no-language = يحتاج الاجتماع إلى لغة واحدة على الأقل
refusal-dialogue-not-a-language = «{ $value }» ليس رمز لغة (استخدم حرفين أو ثلاثة، مثل en أو zh)
refusal-dialogue-no-place = يحتاج الاجتماع إلى مكان أو عنوان على الإنترنت أو كليهما
refusal-dialogue-closes-before-opens = يُختتم الاجتماع ({ $closes }) قبل أن يُفتتح ({ $opens })
refusal-dialogue-no-agenda-item = لا يتضمن جدول الأعمال البند { $number }
refusal-dialogue-only-the-convener = لا يحق إلا للجهة الداعية، { $convener }، أن { $what }؛ و{ $party } ليس الجهة الداعية
refusal-dialogue-meeting-cancelled = أُلغي الاجتماع ({ $reason })
refusal-dialogue-no-commitment = لا يوجد الالتزام { $commitment }
refusal-dialogue-symbol-mismatch = يذكر الاختتام الرمز { $symbol } بينما تعطي السلسلة { $expected }
refusal-dialogue-no-decision-open = لا يوجد قرار مفتوح
refusal-dialogue-silence-ended = انتهى إجراء الموافقة الضمنية في { $deadline }؛ ولم تعد المواقف تُتخذ
refusal-dialogue-amendment-no-longer-applies = التعديل { $amendment } لم يعد منطبقًا
refusal-dialogue-no-amendment = لا يوجد التعديل { $amendment }
refusal-dialogue-document-already-drafted = الوثيقة { $document } محرَّرة بالفعل
refusal-dialogue-only-adopted-commitments = لا يمكن أن تكون التزامات إلا فقرات وثيقة معتمدة
refusal-dialogue-amendment-not-pending = التعديل { $amendment } لا ينتظر قرارًا
refusal-dialogue-document-missing = الوثيقة غير موجودة
refusal-dialogue-too-much-evidence = لا يربط التقرير بأكثر من 20 دليلًا
refusal-dialogue-not-committed = { $party } غير ملزم بالالتزام { $commitment } ولا يقدّم تقريرًا عنه
refusal-dialogue-no-such-commitment = لا تتضمن الوثيقة الالتزام { $commitment }
refusal-dialogue-not-joined-adoption = لم ينضم { $party } إلى الاعتماد، لذا لا يمكن أن يكون ملزمًا به
refusal-dialogue-commitment-without-party = يسمّي الالتزام طرفًا واحدًا على الأقل
refusal-dialogue-no-such-paragraph-in-adopted = يتضمن النص المعتمد الفقرات من 1 إلى { $count }؛ ولا توجد الفقرة { $paragraph }
refusal-dialogue-no-decision-open-on-document = لا يوجد قرار مفتوح بشأن هذه الوثيقة
refusal-dialogue-silence-deadline-passed = انقضى بالفعل الموعد النهائي لإجراء الموافقة الضمنية، { $deadline }
refusal-dialogue-no-members-to-decide = ليس للاجتماع أعضاء معتمدون يتخذون القرار
refusal-dialogue-amendment-pending = لا يزال التعديل { $amendment } بانتظار القبول أو الرفض
refusal-dialogue-mechanism-disallows-rule = لا تسمح آلية هذا الاجتماع بـ { $rule }
refusal-dialogue-amendment-no-longer-applies-reject = التعديل { $amendment } لم يعد منطبقًا: فالفقرة التي يغيّرها لم تعد في النص الحالي؛ ارفضه
refusal-dialogue-amendment-already-decided = سبق البت في التعديل { $amendment }
refusal-dialogue-no-such-amendment = لا تتضمن الوثيقة التعديل { $amendment }
refusal-dialogue-document-keeps-a-paragraph = تحتفظ الوثيقة بفقرة واحدة على الأقل
refusal-dialogue-amendment-changes-nothing = يترك التعديل الفقرة { $paragraph } على حالها
refusal-dialogue-no-such-paragraph-in-version = تتضمن النسخة { $version } الفقرات من 1 إلى { $count }؛ ولا توجد الفقرة { $paragraph }
refusal-dialogue-not-convener-nor-member = { $party } ليس الجهة الداعية إلى هذا الاجتماع ولا عضوًا معتمدًا فيه
refusal-dialogue-document-exists = توجد بالفعل وثيقة { $document }
refusal-dialogue-paragraph-count = تتضمن الوثيقة من 1 إلى 500 فقرة
refusal-dialogue-document-adopted-text-fixed = الوثيقة معتمدة؛ ولم يعد نصها قابلًا للتغيير
refusal-dialogue-decision-open-text-fixed = يوجد قرار مفتوح بشأن هذه الوثيقة؛ والنص ثابت حتى يُغلق
refusal-dialogue-no-such-meeting = لا يوجد الاجتماع { $meeting }
refusal-dialogue-no-such-document = لا توجد الوثيقة { $document }
refusal-dialogue-no-such-version = للوثيقة النسخ من 1 إلى { $count }؛ ولا توجد النسخة { $version }
refusal-dialogue-silence-still-running = يستمر إجراء الموافقة الضمنية حتى { $deadline }؛ ويُغلق القرار بعده
