### Security concerns (Concept Paper, principle II.4).
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

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
concern-error-role = لا يجوز التصرف باسم طرف إلا لمندوبه أو لجهة التنسيق التابعة له أو لعضو في أمانته.
concern-error-unknown-priority = «{ $priority }» ليست من أولويات التعاون؛ استخدم من III.1 إلى III.20.

concern-empty = لم يُقدَّم أي شاغل بعد.
concern-empty-filtered = لا يوجد شاغل يطابق عوامل التصفية هذه.
concern-empty-addressed-to-you = لا يوجد شاغل موجَّه إلى طرفك.

## الرفض: كل قاعدة تذكر السبب (مُعلنة في ملفات refusals.rs؛ النص الإنجليزي هو الإعلان نفسه)

refusal-concern-not-a-closing-outcome = «{ $value }» ليس نتيجة إغلاق: استخدم addressed أو withdrawn
refusal-concern-not-a-status = «{ $value }» ليس حالة: استخدم open أو addressed أو withdrawn أو all
refusal-concern-already-closed = الشاغل { $concern } في حالة { $status } بالفعل
refusal-concern-not-an-addressee = { $party } ليس من الجهات الموجَّه إليها الشاغل { $concern }؛ ولا يقرّ بالاستلام أو يردّ إلا الموجَّه إليهم
refusal-concern-already-exists = الشاغل { $concern } موجود بالفعل
refusal-concern-no-addressee = يحتاج الشاغل إلى جهة واحدة على الأقل يوجَّه إليها
refusal-concern-addressee-twice = ذُكرت جهة موجَّه إليها مرتين
refusal-concern-addressed-to-itself = لا يمكن لـ { $party } أن يوجّه شاغلًا إلى نفسه
refusal-concern-no-priority = اربط الشاغل بمجال أولوية واحد على الأقل (من III.1 إلى III.20)
refusal-concern-response-date-past = يجب أن يكون تاريخ الرد في المستقبل
refusal-concern-already-acknowledged = أقرّ { $party } بالفعل باستلام الشاغل { $concern }
refusal-concern-only-the-lodger-closes = { $party } وحده قدّم الشاغل { $concern } ويحق له إغلاقه أو سحبه
refusal-concern-unknown = يشير { $subject } إلى شاغل غير معروف
refusal-concern-no-such = لا يوجد الشاغل { $concern }

concern-field-readers = من يحق له الاطلاع
concern-readers-addressees = طرفكم والجهات الموجَّه إليها فقط (TLP:AMBER+STRICT)
concern-readers-public = الجميع، بمن فيهم الزوار غير المسجلين (TLP:CLEAR)
concern-field-readers-help = يمكنكم لاحقًا إتاحته لأطراف أخرى. ما كُشف لا يمكن استرجاعه.
concern-readers = يطّلع عليه
concern-readers-anyone = الجميع
concern-publish-help = النشر يتيح للجميع، بمن فيهم الزوار غير المسجلين، الاطلاع على هذا الشاغل وكل سجل يخصه. ولا يمكن التراجع عنه.
concern-action-publish = نشر الشاغل
concern-done-published = أصبح الشاغل علنيًا.
concern-timeline-widened = أتاح الطرف { $party } الشاغل لأطراف أخرى

refusal-concern-only-the-lodger-widens = { $party } وحده قدّم الشاغل { $concern } ويحق له توسيع دائرة من يطّلع عليه
refusal-concern-addressee-left-out = التوزيع يستبعد الجهة الموجَّه إليها { $party }، وعليها الاطلاع على الشاغل للرد عليه
