# 全球安全倡议平台 — 界面文字，中文（简体）。
#
# 本文件须与 en/main.ftl 定义完全相同的消息标识，只可使用英文消息所用的变量。见 docs/i18n.md。

## 导航与页面框架

nav-site-name = 全球安全倡议平台
nav-site-description = 全球安全倡议框架下的合作
nav-main-menu = 主菜单
nav-home = 首页
nav-registry = 登记册
nav-catalogue = 框架目录
nav-concerns = 安全关切
nav-transparency = 透明度
nav-my-party = 本方
nav-api-docs = API 文档
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-signed-in-as = 已登录：{ $user }（{ $party }）
nav-language = 语言
nav-skip-to-content = 跳至正文
nav-footer-note = 本平台的记录均经签名，保存于可供公开核验的日志中。

## 通用词语、错误、分页、记录与证明

common-save = 保存
common-cancel = 取消
common-submit = 提交
common-search = 搜索
common-search-placeholder = 搜索…
common-filter = 筛选
common-apply-filters = 应用筛选
common-clear-filters = 清除筛选
common-all = 全部
common-yes = 是
common-no = 否
common-none = 无
common-date = 日期
common-status = 状态
common-details = 详情
common-back = 返回
common-close = 关闭
common-required = 必填
common-optional = 选填
common-loading = 正在加载…
common-results =
    { $count ->
        [0] 无结果
       *[other] 共 { $count } 条结果
    }
common-error-title = 错误 { $status }
common-error-400 = 请求有误
common-error-400-detail = 无法理解该请求。请检查网址后重试。
common-error-401 = 需要登录
common-error-401-detail = 请登录后继续。您的会话可能已过期。
common-error-403 = 无权操作
common-error-403-detail = 您所属的一方或您的角色无权执行此操作。
common-error-404 = 未找到
common-error-404-detail = 您请求的页面或记录不存在。
common-error-409 = 状态冲突
common-error-409-detail = 此操作与记录的当前状态不符，记录可能已被更改。请刷新页面。
common-error-422 = 输入无效
common-error-422-detail = 所提供的部分信息缺失或格式有误。请更正后重新提交。
common-error-500 = 内部错误
common-error-500-detail = 平台发生错误，未作任何记录。请稍后重试。
common-error-home = 返回首页
common-pagination = 分页
common-previous = 上一页
common-next = 下一页
common-page-of = 第 { $page } 页，共 { $pages } 页
common-as-of = 截至 { $date }
common-signed-record = 签名记录
common-inclusion-proof = 包含证明
common-verify = 核验
common-verified = 已核验
common-verification-failed = 核验未通过
common-record-number = 第 { $index } 号记录
common-download-json = 以 JSON 格式下载
common-copy = 复制
common-copied = 已复制

## 首页：概览

home-title = 框架概览
home-intro = 全球安全倡议以六项原则为基础，提出二十个重点合作方向。本页展示当前的合作进展。
home-principles = 核心理念与原则
home-priorities = 重点合作方向
home-priority-open =
    { $open ->
        [0] 无未结关切
       *[other] { $open } 项未结关切
    }
home-platforms = 合作平台和机制
home-map-title = 世界各方分布
home-map-description = 世界地图，按各国在本平台的参与情况着色。相同信息亦列于登记册。
home-map-legend = 图例
home-map-legend-registered = 已在本平台登记的一方
home-map-legend-open-concerns = 涉及未结关切的一方
home-map-legend-none = 无登记方
home-map-legend-many = { $count } 项及以上未结关切
home-recent-records = 最新记录
home-recent-records-empty = 尚无任何记录。
home-all-records = 全部记录
home-stat-parties = { $count } 个登记方
home-stat-records = { $count } 条签名记录

## 登记册：各方、机制与成员资格

registry-title = 登记册
registry-intro = 参与合作的国家、组织和机制，以及各机制成员构成的历史变化。
registry-parties = 各方
registry-party = 参与方
registry-mechanisms = 机制
registry-mechanism = 机制
registry-name = 名称
registry-code = 代码
registry-kind = 类别
registry-kind-state = 国家
registry-kind-territory = 领土
registry-kind-organisation = 国际组织
registry-kind-organ = 机关
registry-kind-mechanism = 合作机制
registry-kind-forum = 论坛
registry-kind-fund = 基金
registry-kind-treaty = 条约
registry-kind-government-body = 政府机构
registry-kind-think-tank = 智库
registry-kind-academy = 学术机构
registry-kind-social-organisation = 社会组织
registry-members = 成员
registry-members-as-of = 截至 { $date } 的成员
registry-member-count = { $count } 个成员
registry-memberships = 成员资格
registry-role = 身份
registry-role-member = 成员
registry-role-permanent-member = 常任理事国
registry-role-elected-member = 非常任理事国
registry-role-observer = 观察员
registry-role-dialogue-partner = 对话伙伴
registry-role-partner = 伙伴国
registry-role-participant = 参与方
registry-role-organiser = 主办方
registry-role-administrator = 管理方
registry-role-contributor = 出资方
registry-role-state-party = 缔约国
registry-role-suspended-member = 被暂停资格的成员
registry-period = 期间
registry-from = 起始
registry-to = 终止
registry-since = 自 { $date } 起
registry-from-to = { $from } 至 { $to }
registry-region = 区域
registry-sub-region = 次区域
registry-intermediate-region = 中间区域
registry-regional-group = 联合国区域组
registry-group-african = 非洲国家组
registry-group-asia-pacific = 亚洲－太平洋国家组
registry-group-eastern-european = 东欧国家组
registry-group-latin-american-caribbean = 拉丁美洲和加勒比国家组
registry-group-weog = 西欧和其他国家组
registry-group-observer = 观察员
registry-un-member = 联合国会员国
registry-un-observer = 联合国非会员观察员国
registry-ldc = 最不发达国家
registry-ldc-short = 最不发达国家
registry-lldc = 内陆发展中国家
registry-lldc-short = 内陆发展中国家
registry-sids = 小岛屿发展中国家
registry-sids-short = 小岛屿发展中国家
registry-established = 成立时间
registry-website = 网站
registry-source = 来源
registry-as-of = 截至日期
registry-note = 说明
registry-search-placeholder = 按名称或代码搜索
registry-empty = 没有符合筛选条件的参与方。
registry-names-note = 英文以外的名称为通用名称，并非联合国正式术语。

## 框架目录：概念文件的框架

catalogue-title = 框架目录
catalogue-intro = 《全球安全倡议概念文件》的核心理念与原则、重点合作方向和合作平台与机制，以及各项所提及的文书和机制。
catalogue-principles = 核心理念与原则
catalogue-priorities = 重点合作方向
catalogue-platforms = 合作平台和机制
catalogue-section = 第 { $section } 节
catalogue-domains = 安全领域
catalogue-domain-traditional = 传统安全
catalogue-domain-non-traditional = 非传统安全
catalogue-instruments = 相关文书
catalogue-linked-items = 相关条目
catalogue-linked-mechanisms = 所提及的组织和机制
catalogue-modules = 对应平台功能
catalogue-module-concerns = 安全关切
catalogue-module-dialogue = 对话协商
catalogue-module-hotspots = 热点问题
catalogue-module-cooperation = 合作项目
catalogue-module-training = 培训
catalogue-module-exchange-maritime = 海上安全交流
catalogue-module-exchange-cyber = 网络安全交流
catalogue-module-exchange-counter-terrorism = 反恐交流
catalogue-module-exchange-crime = 打击跨国犯罪交流
catalogue-module-exchange-health = 公共卫生交流
catalogue-version = 目录版本 { $version }
catalogue-summary-note = 摘要系本平台自行撰写，以概念文件原文为准。

## 安全关切（概念文件原则 II.4）

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
concern-error-not-addressee = 只有该关切的所涉方才能确认收悉、作出答复或提议磋商。
concern-error-not-lodging-party = 只有提出该关切的 { $party } 才能将其结案或撤回。
concern-error-role = 只有一方的代表、联络人或秘书处人员才能代表该方采取行动。
concern-error-already-addressed = 该关切已作为已解决结案，不能再作更改。
concern-error-already-withdrawn = 该关切已撤回，不能再作更改。
concern-error-already-acknowledged = { $party } 已确认收悉该关切。
concern-error-already-exists = 使用此标识的关切已存在。
concern-error-self-addressed = 一方不能向自身提出关切。
concern-error-no-addressee = 请至少列出一个所涉方。
concern-error-duplicate-addressee = 有所涉方被重复列出。
concern-error-unknown-party = 未登记名为 { $party } 的参与方。
concern-error-no-priority = 请至少选择一个重点合作方向（III.1 至 III.20）。
concern-error-unknown-priority = “{ $priority }”不是重点合作方向，请使用 III.1 至 III.20。
concern-error-due-in-past = 答复期限须为将来的日期。
concern-error-title-empty = 请填写标题。
concern-error-description-empty = 请填写说明。
concern-error-text-empty = 请填写内容。
concern-error-too-long = 文字超过了 { $max } 个字符的上限。
concern-error-un-reference = “{ $symbol }”不是联合国文件文号（例如 S/RES/2231 (2015) 或 A/RES/76/234）。

concern-empty = 尚未提出任何关切。
concern-empty-filtered = 没有符合筛选条件的关切。
concern-empty-addressed-to-you = 没有向本方提出的关切。

## 透明度日志

transparency-title = 透明度
transparency-intro = 平台上的每一项变更都是一条签名记录，追加到公开日志中。任何人无需信任本服务器，即可核验某条记录确在日志之中，且日志只增不改。
transparency-checkpoint = 最新检查点
transparency-checkpoint-help = 检查点以节点密钥签名，记载整个日志的大小及根哈希值。
transparency-tree-size = 日志大小
transparency-root-hash = 根哈希值
transparency-verifier-key = 验证密钥
transparency-records = 记录
transparency-record-count = { $count } 条记录
transparency-record = 第 { $index } 号记录
transparency-record-kind = 记录类型
transparency-record-author = 作者方
transparency-record-time = 时间
transparency-record-subject = 事项
transparency-leaf-hash = 叶哈希值
transparency-signature = 签名
transparency-canonical-bytes = 规范字节
transparency-consistency = 一致性证明
transparency-consistency-help = 证明含 { $from } 条记录的日志是含 { $to } 条记录的日志的前缀，即没有任何内容被更改或删除。
transparency-proof-valid = 该包含证明与此检查点相符。
transparency-proof-invalid = 该包含证明与此检查点不符。
transparency-verify-offline = 离线核验
transparency-verify-offline-help = 下载记录及其证明，使用文档所述的独立核验工具进行核验。
transparency-verify-docs = 格式及核验的每一步骤见
transparency-proof-checked-by-server = （已由本服务器核验；启用脚本时，您的浏览器将再次核验。）
transparency-proof-checked-by-browser = （已由您的浏览器核验。）
transparency-empty = 日志中尚无记录。

## 本方：用户、密钥、令牌与待办事项

party-title = 本方
party-overview = 概况
party-users = 用户
party-user-name = 姓名
party-user-roles = 角色
party-user-status = 状态
party-user-active = 启用
party-user-disabled = 停用
party-user-add = 添加用户
party-user-disable = 停用
party-user-enable = 启用
party-role-delegate = 代表
party-role-focal-point = 联络人
party-role-secretariat = 秘书处
party-role-reader = 读者
party-keys = 签名密钥
party-key-fingerprint = 指纹
party-key-created = 创建时间
party-key-active = 使用中
party-key-retired = 已停用
party-key-rotate = 更换签名密钥
party-key-rotate-confirm = 是否更换 { $party } 的签名密钥？已签名的记录仍然有效。
party-tokens = API 令牌
party-token-name = 名称
party-token-create = 创建令牌
party-token-created = 请立即复制该令牌：令牌只显示一次，系统仅保存其哈希值。
party-token-revoke = 吊销
party-token-revoke-confirm = 是否吊销此令牌？使用该令牌的程序将立即失去访问权限。
party-token-revoked = 令牌已吊销。
party-token-status-revoked = 已吊销
party-token-last-used = 最近使用
party-token-never-used = 从未使用
party-pending = 待办事项
party-pending-acknowledge = { $count } 项关切有待本方确认收悉
party-pending-respond = { $count } 项关切有待本方答复
party-pending-none = 本方目前没有待办事项。
party-users-empty = 尚未创建任何用户。
party-tokens-empty = 尚未创建任何令牌。

## 登录

auth-title = 登录
auth-intro = 请使用本方秘书处为您创建的账户登录。
auth-username = 用户名
auth-password = 密码
auth-submit = 登录
auth-wrong-password = 用户名或密码不正确。
auth-rate-limited = 尝试次数过多。请于 { $minutes } 分钟后重试。
auth-session-expired = 您的会话已过期，请重新登录。
auth-csrf-failed = 此表单已过期或并非从本站提交。请刷新页面后重试。
auth-account-disabled = 此账户已被停用。请联系本方秘书处。
auth-sign-in-required = 请登录后继续。
auth-signed-out = 您已退出登录。
