### Security concerns (Concept Paper, principle II.4).
### Loaded after main.ftl; see crates/i18n/src/lib.rs.

concern-list-title = 安全关切
concern-intro = 各国合理安全关切应得到重视和妥善解决。一方可在此向所涉各方提出关切，双方往来的每一步均经签名并予以记录。
concern-count = { $count } 项关切
concern-status-open = 未结
concern-status-addressed = 已解决
concern-status-withdrawn = 已撤回
concern-filter-status = 状态
concern-filter-status-all = 全部状态
concern-filter-party = 参与方
concern-filter-party-any = 任一方
concern-filter-priority = 重点合作方向
concern-filter-priority-any = 任一重点合作方向
concern-filter-overdue = 逾期情况
concern-filter-overdue-any = 不限
concern-filter-overdue-only = 仅限逾期
concern-filter-overdue-not = 未逾期
concern-badge-overdue = 逾期
concern-badge-overdue-help = 至少有一个所涉方未在规定时间内确认收悉或作出答复。
concern-column-title = 标题
concern-column-lodged-by = 提出方
concern-column-addressees = 所涉方
concern-column-lodged-on = 提出日期
concern-column-status = 状态
concern-lodged-by = 提出方
concern-lodged-on = 提出于 { $date }
concern-closed-on = 结案于 { $date }
concern-addressees = 所涉方
concern-domain = 安全领域
concern-priorities = 重点合作方向
concern-un-references = 联合国文件
concern-description = 说明
concern-closing-note = 结案说明
concern-history = 关切记录
concern-history-help = 以下每一步均为签名记录，并附有其在公开日志中的包含证明。

concern-lodge = 提出关切
concern-lodge-title = 提出安全关切
concern-lodge-intro = 本方向所列各方提出关切。关切一经提出即被签名并记录，不能删除，但此后可以撤回。
concern-field-title = 标题
concern-field-title-help = 简要说明关切，不超过 { $max } 个字符。
concern-field-description = 说明
concern-field-description-help = 阐明关切的内容、依据以及本方对所涉方的请求，不超过 { $max } 个字符。
concern-field-domain = 安全领域
concern-field-domain-help = 传统安全（如军事问题）或非传统安全（如恐怖主义、网络安全、生物安全、气候变化）。
concern-field-priorities = 重点合作方向
concern-field-priorities-help = 请至少选择一个与关切相关的重点合作方向（III.1 至 III.20）。
concern-field-addressees = 所涉方
concern-field-addressees-help = 关切所针对的各方。一方不能向自身提出关切。
concern-field-un-references = 联合国文件
concern-field-un-references-help = 选填。相关联合国文件的文号，以逗号分隔，例如 S/RES/2231 (2015), A/RES/76/234。
concern-field-response-due = 答复期限
concern-field-response-due-help = 选填。请求作出答复的日期，须为将来的日期。如未填写，答复期限为提出后 { $days } 天。
concern-lodge-submit = 提出关切
concern-lodge-confirm = 是否代表 { $party } 提出此关切？关切将被签名并永久记录。
concern-lodge-sign-in = 请以本方代表、联络人或秘书处人员身份登录，以提出关切。

concern-action-acknowledge = 确认收悉
concern-action-respond = 答复
concern-action-propose-consultations = 提议磋商
concern-action-close-addressed = 作为已解决结案
concern-action-withdraw = 撤回
concern-field-response = 答复
concern-field-response-help = 本方的答复，将成为该关切公开记录的一部分。
concern-field-proposal = 磋商提议
concern-field-proposal-help = 就该关切提议磋商的形式、级别、地点或时间。
concern-field-note = 结案说明
concern-field-note-help = 选填。说明关切如何得到解决，或撤回的理由。
concern-field-outcome = 结果
concern-actions = 贵方可采取的行动
concern-confirm-acknowledge = 是否代表 { $party } 确认收悉此关切？
concern-confirm-respond = 是否代表 { $party } 提交此答复？
concern-confirm-consultations = 是否代表 { $party } 提议磋商？
concern-confirm-close-addressed = 是否将此关切作为已解决结案？结案后不能重新开启。
concern-confirm-withdraw = 是否撤回此关切？撤回后不能重新开启。
concern-done-lodged = 关切已提出并记录。
concern-done-acknowledged = 已确认收悉该关切。
concern-done-responded = 答复已记录。
concern-done-consultations = 磋商提议已记录。
concern-done-closed-addressed = 该关切已作为已解决结案。
concern-done-withdrawn = 该关切已撤回。

concern-timeline-lodged = { $party } 提出了关切
concern-timeline-acknowledged = { $party } 确认收悉关切
concern-timeline-responded = { $party } 作出了答复
concern-timeline-consultations = { $party } 提议进行磋商
concern-timeline-closed-addressed = { $party } 将关切作为已解决结案
concern-timeline-withdrawn = { $party } 撤回了关切

concern-clocks = 答复时限
concern-clocks-help = 每个所涉方应在关切提出后 { $days } 天内确认收悉，并在答复期限前作出答复。
concern-clock-acknowledged-after =
    { $days ->
        [0] 于提出当日确认收悉
       *[other] 提出 { $days } 天后确认收悉
    }
concern-clock-responded-after =
    { $days ->
        [0] 于提出当日作出答复
       *[other] 提出 { $days } 天后作出答复
    }
concern-clock-awaiting-acknowledgement = 等待确认收悉
concern-clock-awaiting-response = 等待答复
concern-clock-acknowledgement-due = 确认收悉期限：{ $date }
concern-clock-response-due = 答复期限：{ $date }
concern-clock-overdue = 逾期
concern-clock-acknowledgement = 确认收悉
concern-clock-acknowledgement-overdue = 自 { $date } 起确认收悉逾期
concern-clock-response-overdue = 自 { $date } 起答复逾期
concern-clock-stopped = 关切结案后计时已停止。
concern-addressee-responses =
    { $count ->
        [0] 尚无答复
       *[other] { $count } 份答复
    }
concern-addressee-consultations =
    { $count ->
        [0] 尚无磋商提议
       *[other] { $count } 项磋商提议
    }

concern-error-not-found = 该关切不存在。
concern-error-role = 只有一方的代表、联络人或秘书处人员才能代表该方采取行动。
concern-error-unknown-priority = “{ $priority }”不是重点合作方向，请使用 III.1 至 III.20。

concern-empty = 尚未提出任何关切。
concern-empty-filtered = 没有符合筛选条件的关切。
concern-empty-addressed-to-you = 没有向本方提出的关切。

## 拒绝：每条规则说明原因（在 refusals.rs 文件中声明；英文即声明本身）

refusal-concern-not-a-closing-outcome = “{ $value }”不是结案结果：请使用 addressed 或 withdrawn
refusal-concern-not-a-status = “{ $value }”不是状态：请使用 open、addressed、withdrawn 或 all
refusal-concern-already-closed = 关切 { $concern } 已经是{ $status }状态
refusal-concern-not-an-addressee = { $party } 不是关切 { $concern } 的收件方；只有收件方可以确认收悉或作出答复
refusal-concern-already-exists = 关切 { $concern } 已存在
refusal-concern-no-addressee = 关切至少需要一个收件方
refusal-concern-addressee-twice = 有一个收件方被列了两次
refusal-concern-addressed-to-itself = { $party } 不能向自己提出关切
refusal-concern-no-priority = 请为关切标注至少一个优先领域（III.1 至 III.20）
refusal-concern-response-date-past = 答复日期必须在将来
refusal-concern-already-acknowledged = { $party } 已确认收悉关切 { $concern }
refusal-concern-only-the-lodger-closes = 关切 { $concern } 由 { $party } 提出，只有它可以结案或撤回
refusal-concern-unknown = { $subject } 指向一个未知的关切
refusal-concern-no-such = 没有关切 { $concern }

concern-field-readers = 谁可以阅读
concern-readers-addressees = 仅限本方和被通报方（TLP:AMBER+STRICT）
concern-readers-public = 所有人，包括未登录的访客（TLP:CLEAR）
concern-field-readers-help = 以后可以让更多方阅读。已披露的内容无法收回。
concern-readers = 阅读方
concern-readers-anyone = 所有人
concern-publish-help = 公开后，所有人（包括未登录的访客）都能阅读该关切及其每一条记录。此操作无法撤销。
concern-action-publish = 公开该关切
concern-done-published = 该关切现已公开。
concern-timeline-widened = { $party } 让更多方可以阅读该关切

refusal-concern-only-the-lodger-widens = 只有 { $party } 提出了关切 { $concern }，只有其可以扩大阅读范围
refusal-concern-addressee-left-out = 分发范围遗漏了被通报方 { $party }，其须阅读该关切才能作出回应
