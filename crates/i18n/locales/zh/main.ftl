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
nav-meetings = 会议
nav-commitments = 承诺
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
common-error-413 = 内容过大
common-error-413-detail = 提交的表单超过平台单次可接受的大小（2 MiB）。未记录任何内容。请缩短文本，或分多次提交。
common-error-422 = 输入无效
common-error-422-detail = 所提供的部分信息缺失或格式有误。请更正后重新提交。
common-error-429 = 更改过于频繁
common-error-429-detail = 记录永久保存，因此每个用户和每个参与方在一定时间内只能添加有限数量的记录；所有参与方适用相同的限额。
common-write-quota-exceeded = 未作任何记录。请在 { $seconds } 秒后重试。
common-error-500 = 内部错误
common-error-500-detail = 平台发生错误，未作任何记录。请稍后重试。
common-error-home = 返回首页
common-pager-label = 分页
common-pager-showing = 第 { $first }–{ $last } 条，共 { $total } 条
common-pager-previous = 上一页
common-pager-next = 下一页
common-error-detail-in-english = 平台的说明（英文）：
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
party-tokens-help = 令牌让程序以您的身份操作。只授予所需权限，并选择尽可能短的有效期；令牌到期、被撤销，或您在所有设备上退出并撤销令牌时即失效。
party-token-scopes = 权限
party-token-expires = 到期
party-token-status-expired = 已过期
party-token-lasts = 有效期
party-token-days = { $days } 天
party-token-scope-read = 读取您可查看的内容
party-token-scope-write-registry = 修改登记册
party-token-scope-write-concerns = 提出和答复关切
party-token-scope-write-dialogue = 在会议和文件中行事
party-token-needs-scope = 请至少为令牌选择一项权限。
party-token-days-invalid = 请从列表中选择令牌的有效期。
party-sign-out-everywhere = 在所有设备上退出
party-sign-out-everywhere-help = 结束您在所有浏览器和设备上的全部会话，包括当前会话。设备丢失或密码可能泄露时使用。
party-sign-out-revoke-tokens = 同时撤销我的全部 API 令牌
party-pending = 待办事项
party-pending-acknowledge = { $count } 项关切有待本方确认收悉
party-pending-respond = { $count } 项关切有待本方答复
party-pending-none = 本方目前没有待办事项。
party-awaiting-invitation = 答复参加“{ $meeting }”的邀请（{ $date } 开幕）
party-awaiting-registration = 批准或拒绝 { $party } 参加“{ $meeting }”的报名
party-awaiting-amendment = 接受或拒绝 { $party } 对“{ $document }”提出的第 { $number } 号修正
party-awaiting-position = 记录本方对“{ $document }”的立场（第 { $number } 项决定）
party-awaiting-silence = “{ $document }”：沉默程序持续至 { $date }；如需打破沉默，请在此之前提出反对
party-awaiting-close = 结束关于“{ $document }”的第 { $number } 项决定：其沉默程序已结束
party-awaiting-commitment = 就 { $symbol } 第 { $number } 项承诺提交报告
party-awaiting-commitment-due = 就 { $symbol } 第 { $number } 项承诺提交报告（截止日期：{ $date }）
party-users-empty = 尚未创建任何用户。
party-tokens-empty = 尚未创建任何令牌。

## 登录

auth-title = 登录
auth-intro = 请使用本方秘书处为您创建的账户登录。
auth-username = 用户名
auth-password = 密码
auth-submit = 登录
auth-wrong-password = 用户名或密码不正确。
auth-rate-limited = 尝试次数过多。请于 { $seconds } 秒后重试。
auth-busy = 平台此刻正在处理大量登录请求。请稍后一秒再试。
auth-session-expired = 您的会话已过期，请重新登录。
auth-csrf-failed = 此表单已过期或并非从本站提交。请刷新页面后重试。
auth-account-disabled = 此账户已被停用。请联系本方秘书处。
auth-sign-in-required = 请登录后继续。
auth-signed-out = 您已退出登录。
auth-signed-out-everywhere =
    您已在所有浏览器中退出。{ $tokens ->
        [0] 您的 API 令牌仍然有效。
       *[other] 已撤销 { $tokens } 个 API 令牌。
    }

## 本方：机制的决策规则

party-rules-title = 决策规则
party-rules-help = 贵机制会议可采用的决策规则、会议未另选时使用的默认规则、法定人数，以及通过文件的编号系列。重新声明将形成一条新的签名记录。
party-rules-undeclared = 贵机制尚未声明其规则：其会议以协商一致或默许程序作出决定，其文件以大写的机制标识编号。
party-rules-allowed = 会议可采用的规则
party-rules-default = 默认规则
party-rules-quorum = 法定人数
party-rules-quorum-help = 可选：出席成员的人数（如 10）或成员的比例（如 2/3）。
party-rules-series = 文件系列
party-rules-series-help = 大写字母、数字和“-”，以“/”分段：SCO/GSI 生成 SCO/GSI/2026/1。
party-rules-declare = 声明上述规则
party-rules-declared = 规则已声明并记录。

## 拒绝：每条规则说明原因（在 refusals.rs 文件中声明；英文即声明本身）

refusal-text-empty = { $field }为空
refusal-text-too-long = { $field }有 { $chars } 个字符；最多允许 { $max } 个
refusal-text-control-character = { $field }在第 { $at } 个字符处含有控制字符 U+{ $code }；只允许制表符和换行符
refusal-text-bidi-control = { $field }在第 { $at } 个字符处含有方向格式字符 U+{ $code }，它可能使文本的显示与存储内容不同；请让页面决定文字方向
refusal-not-a-party-id = “{ $value }”不是参与方标识：请使用 ISO 3166-1 三字母代码（如 CHN）或小写短标识（如 sco）
refusal-not-a-concern-id = “{ $value }”不是关切标识
refusal-not-a-meeting-id = “{ $value }”不是会议标识
refusal-not-a-document-id = “{ $value }”不是文件标识
refusal-not-a-priority = “{ $value }”不是优先领域：请使用 III.1 至 III.{ $last }
refusal-not-a-security-domain = “{ $value }”不是安全领域：请使用 traditional 或 non_traditional
refusal-not-a-un-symbol = “{ $value }”不是联合国文件编号（例如 S/RES/2231 (2015) 或 A/RES/76/234）
refusal-not-a-role = “{ $value }”不是角色：请使用 delegate、focal_point、secretariat 或 reader
refusal-not-a-date = “{ $value }”不是日期：请使用 YYYY-MM-DD 格式
refusal-not-a-time = “{ $value }”不是 RFC 3339 时间：{ $reason }
refusal-not-a-party-kind = “{ $value }”不是参与方类型：请使用以下之一：{ $kinds }
refusal-not-a-membership-role = “{ $value }”不是成员身份：请使用 member、permanent_member、elected_member、observer、dialogue_partner、partner、participant、organiser、administrator、contributor、state_party 或 suspended_member
refusal-acts-for-another-party = 用户 { $user } 隶属于 { $party }，不能代表 { $author } 行事
refusal-role-may-not-author = 用户 { $user } 没有可代表 { $author } 撰写记录的角色
refusal-alpha3-for-a-non-state = 参与方 { $party }：ISO 3166-1 三字母代码属于国家和地区，不属于{ $kind }
refusal-party-not-registered = 未登记参与方 { $party }
refusal-keeps-no-membership-list = { $party } 是{ $kind }，不保存成员名单
refusal-own-member = 机制不能成为自己的成员
refusal-membership-ends-before-it-starts = 成员身份的结束日期（{ $to }）早于开始日期（{ $from }）
refusal-registers-no-participants = 只有论坛、机制或组织才登记参与者；{ $party } 是{ $kind }
refusal-not-a-registrable-participant = 秘书处登记智库、学术机构和社会组织，而不是{ $kind }
refusal-unknown-record-kind = 没有模块写入类型为 { $kind } 的记录
refusal-record-does-not-parse = 类型为 { $kind } 的记录无法解析：{ $reason }
refusal-entity-of-another-type = { $key } 不属于所读取的类型
refusal-entity-missing = { $what } 不存在
refusal-key-names-a-history = { $key } 指的是一段历史，而不是单个实体
refusal-no-such-user = 没有名为 { $user } 的用户
refusal-password-too-long = 密码最多 { $max } 个字节
refusal-password-too-short = 密码至少需要 { $min } 个字符
refusal-state-convenes-ad-hoc = { $party } 是国家；国家召集特别会议，而不是机制会议
refusal-bad-consistency-range = 一致性证明要求 1 <= from <= to <= { $size }（树的大小）；收到 from={ $from }，to={ $to }
refusal-no-such-record = 日志中没有第 { $index } 条记录
refusal-user-exists = 名为 { $name } 的用户已存在
refusal-user-without-role = 用户至少需要一个角色
refusal-party-already-registered = 参与方 { $party } 已登记
refusal-not-a-user-name = “{ $value }”不是用户名：请使用 1 至 64 个字母、数字、“.”、“_”、“-”或“@”
refusal-no-such-mechanism = 未登记机制 { $mechanism }
refusal-not-a-category = “{ $value }”不是类别：请使用 ldc、lldc 或 sids
refusal-not-a-regional-group = “{ $value }”不是联合国区域组：请使用以下之一：{ $groups }
refusal-membership-twice = 成员身份 { $membership } 出现了两次
refusal-import-party-missing = 本节点未登记参与方 { $party }；未导入任何内容
refusal-bad-rows =
    文件中有 { $count } 行错误；未导入任何内容：
    { $rows }
refusal-no-such-token = { $user } 没有令牌 { $id }
refusal-token-label = 令牌标签最多 100 个字符，且不得含有控制字符
refusal-token-without-scope = 令牌至少需要一个权限范围：read 或 write:MODULE
refusal-token-days = 令牌有效期为 1 至 { $max } 天，不能是 { $days } 天
refusal-not-a-scope = “{ $value }”不是令牌权限范围；请使用 read 或 write:MODULE，MODULE 为以下之一：{ $modules }
refusal-store-unreadable = 无法读取存储
refusal-changed-while-read = { $key } 在读取期间发生了变化

refusal-distribution-not-a-distribution = “{ $value }”不是分发范围：请使用 public、originator 或 parties:CHN,RUS
refusal-distribution-not-wider = 分发范围只能扩大：{ $to } 遗漏了 { $from } 的一个阅读方，已披露的内容无法收回
refusal-distribution-unchanged = { $to } 已可阅读：无需扩大
transparency-sealed = 密封记录
transparency-author-hidden = 未显示
transparency-sealed-help = 此记录已密封：只有其指定的各方可以阅读。任何人仍可核验其签名、其在日志中的位置以及日志检查点。
nav-api-docs-intro = 本节点 API 的全部操作，取自其 OpenAPI 文档：
home-waiting = 等待贵方处理的事项
home-waiting-none = 目前没有等待贵方处理的事项。
home-waiting-all = 在“本方”页面查看全部
