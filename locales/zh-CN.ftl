# 简体中文 (zh-CN): the widget's words, checked against locales/en.ftl at build time (same
# messages, same arguments). Terms follow docs/glossary-zh.md. A translation may not add, drop
# or soften a claim.

## Status words and what they mean
status-open = 畅通
status-friction = 有阻力
status-limited = 受限
status-at-risk = 有风险
status-blocked = 阻断
status-not-reported = 无报道
status-open-in-text = 畅通
status-friction-in-text = 有阻力
status-limited-in-text = 受限
status-at-risk-in-text = 有风险
status-blocked-in-text = 阻断
meaning-open = 没有已知障碍
meaning-friction = 允许，但有手续、费用或政治压力
meaning-limited = 可用，但有上限：无法增加的库存、性能弱的芯片、供应稀缺
meaning-at-risk = 存在法律风险
meaning-blocked = 无法获得：被禁止、未获许可或被叫停

## Routes
route-import = 进口
route-stockpile = 来自库存
route-offshore = 在境外租用
route-domestic = 在国内购买
route-title-import = 新购进口
route-title-stockpile = 已持有的库存
route-title-offshore = 境外租用
route-title-domestic = 采购国产

workload-training = 训练
workload-inference = 推理
workload-training-lower = 训练
workload-inference-lower = 推理

## Confidence
confidence-official = 官方文件
confidence-company = 公司声明
confidence-multi = 多家媒体
confidence-one = 单一媒体
confidence-disputed = 有争议

actor-us = 华盛顿
actor-china = 北京
direction-tightens = 收紧
direction-loosens = 放松
gate-us-export = 美国出口许可
gate-china-import = 中国进口许可
gate-none = 不是关口
origin-us = 美国
origin-china = 中国

## Paths
path-name = { $chip }，{ $route }
path-summary-one = { $path }——{ $reason }
path-summary-more = { $path }——{ $reason }（另有{ $more }项）

## In force
in-force-never = 从未实施
in-force-never-what-if = 从未实施（假设情景）
in-force-period = { $from }至{ $until }
in-force-since = 自{ $from }起
list-separator = 、

## Dates: 2025年8月14日, 2025年8月, 2025年
date-day = { $year }年{ $month }{ $day }日
date-month = { $year }年{ $month }
date-year = { $year }年
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
list-and = { $items }和{ $last }

## The change sentence (crates/model/src/diff.rs). Chinese needs no plural: the selects on $n
## have only their default.
change-switch-on = 打开“{ $policy }”
change-switch-on-what-if = 打开假设情景“{ $policy }”
change-switch-off = 关闭“{ $policy }”
change-switch-off-what-if = 关闭假设情景“{ $policy }”
change-this = 这一变化
change-undo = 撤销上一步
change-redo = 重做刚才撤销的一步
change-reset = 将所有开关恢复为实际记录中的设置
change-no-path = { $action }不改变任何开发商的路径。
change-move-nothing = { $action }不改变实际记录中的任何路径。
change-move = 将日期移到{ $date }
change-no-path-note = { $action }不改变任何开发商的路径：{ $note }。
change-no-main-status = { $action }不改变任何主要路径的状态。{ $detail }
change-sentence = { $action }：{ $clauses }。{ $detail }
change-sentence-also = { $action }：{ $clauses }。{ $detail }{ $also }
possessive = { $name }
possessive-others = { $first }、{ $second }及另外{ $n }家开发商
workloads-both = 训练和推理
clause-closes = 阻断{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}
clause-narrows = 收窄{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}
clause-opens = 使{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}畅通
clause-eases = 减轻{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}所受的阻碍
clause-appears = 使{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}出现在记录中
clause-leaves = 使{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}从记录中消失
detail-none = { $who }在记录中没有主要{ $workload }路径。
detail-reported = 据报道，{ $who }的{ $workload }现在使用{ $path }（{ $status }：{ $reason }）。
detail-reported-open = 据报道，{ $who }的{ $workload }现在使用{ $path }（畅通）。
detail-modelled = { $who }的{ $workload }路径现在显示为{ $path }（{ $status }：{ $reason }）；哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实。
detail-modelled-open = { $who }的{ $workload }路径现在显示为{ $path }（畅通）；哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实。
detail-now = { $who }的主要{ $workload }路径（{ $path }）现为“{ $status }”：{ $why }。
detail-moved-reason = { $who }的主要{ $workload }路径现为{ $path }（{ $status }：{ $reason }）。
detail-moved = { $who }的主要{ $workload }路径现为{ $path }（{ $status }）。
detail-moved-reason-modelled = { $who }的主要{ $workload }路径现为{ $path }（{ $status }：{ $reason }）；哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实。
detail-moved-modelled = { $who }的主要{ $workload }路径现为{ $path }（{ $status }）；哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实。
detail-can-use-open = { $who }现在可以使用{ $path }（畅通）。
detail-can-use = { $who }现在可以使用{ $path }（{ $status }：{ $reason }）。
detail-better-stockpile = { $who }的主要{ $workload }路径（{ $path }）现为“{ $status }”：其库存可以再次增加。
detail-better = { $who }的主要{ $workload }路径（{ $path }）现为“{ $status }”，少了一项障碍：{ $why }。
detail-better-now = { $who }的主要{ $workload }路径（{ $path }）现为“{ $status }”。
path-kind-main = 主要{ $workload }路径
path-kind-fallback = { $workload }备用路径
path-kind-other = 其他{ $workload }路径
level-main-now = { $who }的主要{ $workload }路径现为{ $path }，同样为“{ $status }”。
level-new-other = { $who }现在有另一条{ $workload }路径：{ $path }（{ $status }）。
level-new-fallback-training = { $who }现在有一条训练备用路径：{ $path }（{ $status }）。
level-new-fallback-inference = { $who }现在有一条推理备用路径：{ $path }（{ $status }）。
level-new-fallback-training-modelled = { $who }现在有一条训练备用路径：{ $path }（{ $status }）；哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实。
level-new-fallback-inference-modelled = { $who }现在有一条推理备用路径：{ $path }（{ $status }）；哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实。
level-gone = { $who }的{ $kind }（{ $path }）已不在记录中。
level-stays-more = { $who }的{ $kind }（{ $path }）仍为“{ $status }”，但多了一项障碍：{ $reason }。
level-stays-less = { $who }的{ $kind }（{ $path }）仍为“{ $status }”，少了一项障碍：{ $reason }。
level-stays-less-still = { $who }的{ $kind }（{ $path }）仍为“{ $status }”，少了一项障碍：{ $reason }。仍然成立的是：{ $still }。
level-stays-less-more = { $who }的{ $kind }（{ $path }）仍为“{ $status }”，少了一项障碍：{ $reason }；又多了一项：{ $added }。
level-worse = { $who }的{ $kind }（{ $path }）现为“{ $status }”：{ $reason }。
level-less = { $who }的{ $kind }（{ $path }）现为“{ $status }”，少了一项障碍：{ $reason }。
level-better-stockpile = { $who }的{ $kind }（{ $path }）现为“{ $status }”：其库存可以再次增加。
level-now = { $who }的{ $kind }（{ $path }）现为“{ $status }”。
level-likewise = { $detail }{ $names }同样如此。

## The classroom's step box
story-starts = 故事从这里开始。
story-since = 自{ $since }以来发生的变化
story-nothing-since = 自{ $since }以来，没有其他变化改变任何主要路径。
story-no-rule = 这一事件没有改变任何规则（没有开关变动），因此没有主要路径因它而改变。
story-production-ended = { $note }。这并非规则，但无论两国政府允许什么，{ $chip }库存都已无法再增加。
story-production-ended-subject = 这
story-production-ended-nothing = 没有主要路径因此而改变。
quoted = “{ $name }”
story-switch-on = 打开{ $policies }
story-switch-off = 关闭{ $policies }
story-switch-on-off = 打开{ $on }并关闭{ $off }
story-no-main-path = { $subject }不改变任何开发商的主要路径，因为{ $why }。
why-no-path-yet = 在这一日期，记录中尚无任何开发商的路径
why-none-of-them = 它们都没有触及这一日期记录中的任何路径
why-reaches-none = 它没有触及这一日期记录中的任何路径
why-lifted = { $policies }{ $n ->
   *[other] 解除了它
}
why-eases-off = 它所放宽的{ $policies }{ $n ->
   *[other] 处于关闭状态
}
why-no-path-for = 在这一日期，记录中尚无{ $names }的路径
why-for = 对于“{ $policy }”，{ $why }
why-separator = ；

## The page's frame
language-label = 语言
language-failed = 无法加载{ $language }；本工具继续以英文显示。

## The headline
headline-event = ：{ $title }。
headline-latest = 。最近的事件，{ $date }：{ $title }。
headline-before = 。在记录中的第一个事件之前。
headline-tally = 主要路径畅通的开发商：训练{ $train_open }/{ $train_all }家，推理{ $infer_open }/{ $infer_all }家。

## The switches
switches-heading = 政策
switches-more = 记录中的更多政策（{ $n ->
   *[other] { $n }
}项）
switches-more-changed = 记录中的更多政策（{ $n ->
   *[other] { $n }
}项，其中{ $changed ->
   *[other] { $changed }
}项在此改动）
switch-what-if = 假设情景，从未实施：
switch-on = 开
switch-off = 关
switch-more = 更多
switch-less = 收起
switch-more-about = 关于“{ $policy }”

## The page footer and the link notice
footer-as-of = 数据截至{ $date }。
footer-sources = 全部来源
footer-privacy = 。不使用cookie，不追踪，不向其他网站发出请求。
notice-title = 此链接的部分参数已被忽略；这些部分显示默认设置。
notice-more = 另有{ $n }项被忽略
notice-dismiss = 关闭通知

## The timeline
timeline-heading = 时间线
timeline-earliest = 最早——{ $date }
timeline-latest = 最新——{ $date }
timeline-event = { $date }：{ $title }
timeline-scenario-date = 情景日期：
timeline-as-of = { " " }· 数据截至{ $date }
timeline-jump = 跳到某一时刻
timeline-scrub = 按日期浏览事件
timeline-all-events = 全部带日期的事件（{ $n ->
   *[other] { $n }
}）

## The matrix
matrix-known-for = （{ $known }）
matrix-hide-paths = 收起路径
matrix-all-paths = 全部路径
matrix-caption-compact = 每家开发商获取算力的主要路径。选择单元格查看原因，或选择开发商查看所有路径。
matrix-caption = 每家开发商获取算力的主要路径，以及条件更好的备用路径（如有）。选择开发商查看每条路径及其原因。
matrix-developer = 开发商
matrix-fallback = 备用路径：{ $path }——{ $status }
matrix-on-record = 实际记录：{ $status }
matrix-differs = 与实际记录不同。
matrix-lifted-here = 此处解除：
matrix-added-here = 此处新增：
matrix-fallback-on-record = 实际记录中的备用路径：{ $path }——{ $status }。
matrix-no-fallback-on-record = 实际记录中没有备用路径。
matrix-no-policy = 在这一情景中，没有政策构成阻碍。
reason-status = { $status }：
matrix-reasons = ：原因
modelled = 模型设定
modelled-why = 哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实
modelled-colon = ：{ $why }
matrix-modelled-key = { $word }：{ $meaning }

## A developer's paths in detail
details-heading = { $developer }：全部路径
details-close = 关闭
details-none = 记录中没有这一用途的路径。
details-main = 主要路径
details-fallback = 备用路径
details-other = 其他路径
details-reported-from = 据记录，这条路径始于{ $since }。
details-reported-until = 据记录，这条路径始于{ $since }，止于{ $until }。
details-claim = 报道内容：{ $claim }
details-disputed = （有争议）
details-later = 后续（{ $date }）：{ $text }

## The path diagram
diagram-heading = 谁能获得哪些芯片
diagram-workload = 图中显示的用途
diagram-title = 获取{ $workload }算力的路径：供应商、芯片和开发商
diagram-desc = 来自{ $suppliers ->
   *[other] { $suppliers }
}家供应商的{ $chips ->
   *[other] { $chips }
}款芯片；{ $links ->
   *[other] { $links }
}条芯片到开发商的连线，其中{ $blocked }条被切断（阻断）。
diagram-suppliers = 供应商
diagram-chips = 芯片
diagram-developers = 开发商
diagram-edge = { $chip }到{ $developer }：{ $status }
diagram-edge-disputed = { $chip }到{ $developer }：{ $status }（有争议）
diagram-edge-modelled = { $chip }到{ $developer }：{ $status }（模型设定）
diagram-legend-open = 实线：畅通。
diagram-legend-friction = 细线：有阻力。
diagram-legend-limited = 虚线：受限。
diagram-legend-at-risk = 点线：有风险。
diagram-legend-blocked = 带叉的断线：阻断。
diagram-legend-faded = 淡色：有争议，或为模型设定（哪款芯片、哪种用途或自何时起是我们的假设）。
sentence-separator = { "" }

## Sources and citations
sources-heading = 来源
sources-checked = 记录核查至{ $date }。可信度：官方文件 = 政府文件或声明；公司声明 = 公司自己的声明、文件、论文或业绩电话会；多家媒体 = 多家主要媒体报道，或有当事方公开证实；单一媒体 = 仅有一家媒体、分析机构或其他单一来源报道（常援引匿名消息人士），未获其他来源证实；有争议 = 记录中的说法相互矛盾。
sources-unknowns = 记录没有告诉我们的事
sources-corrections = 更新与更正
sources-download = 本工具背后的数据，可读的TOML格式：
sources-download-world = （事实及其来源）和
sources-download-story = （课堂故事）。
sources-all = 全部{ $n ->
   *[other] { $n }
}个来源
sources-date = ，{ $date }：
sources-confidence = （{ $confidence }）
cites-open = （
cites-close = ）
cite = { $outlet }，{ $date }
cite-confidence = { " " }· { $confidence }
cite-missing = 未找到来源“{ $id }”
new-tab = （在新标签页中打开）

## The embed's credit line and the error panel
brand = Chip Paths
credit-full-view = 来源与完整视图
error-heading = 无法显示Chip Paths
error-reload = 以默认视图重新加载

## The page and its tools
subtitle = AI芯片出口管制对中国AI开发商有何影响
title-hidden = Chip Paths：AI芯片出口管制对中国AI开发商有何影响
data-problems = 本工具的数据未能加载。问题如下：
matrix-heading = 获取算力的路径
legend-label = 各状态的含义
embed-updated = 发布时使用的是{ $published }版本的数据；此后记录已有更新或更正，最近一次在{ $as_of }（见“更新与更正”）。
embed-story-link = 逐步浏览课堂故事，从2022年到{ $until }
embed-more = 状态说明、时间线、图示、来源
theme-label = 主题
theme-auto = 自动
theme-light = 浅色
theme-dark = 深色
history-label = 你的更改
history-undo = 撤销
history-redo = 重做
history-reset = 恢复为实际记录
history-compare = 与实际记录比较
history-note = 撤销（Ctrl+Z）和重做（Shift+Ctrl+Z）可逐步浏览你对开关、日期和用途的更改；浏览器的“后退”按钮可在视图之间切换。
downloads-label = 下载此视图：

## The Embed dialog
embed-title = Chip Paths：中国开发商获取AI算力的哪些路径仍然畅通
embed-open = 嵌入
embed-heading = 嵌入此视图
embed-shows = 嵌入内容显示哪些部分
embed-shows-hint = 只选开关和矩阵（默认）时，时间线、图示和来源折叠在它们下方；其他任何选择都只显示所勾选的部分。署名行始终链接到完整视图。
part-switches = 政策开关
part-matrix = 路径矩阵
part-diagram = 路径图示
part-story = 课堂故事的链接
embed-workload = 矩阵中的用途
embed-both = 两者
embed-look = 外观
embed-theme-auto = 跟随读者的系统设置
embed-show-title = 显示本工具自己的标题
embed-follow-latest = 跟随最新数据
embed-pinned = 关闭时：固定在{ $date }（数据截至{ $as_of }）。如果发布后记录有更新或更正，图表会显示新的记录，并在标题上方注明。
embed-height-at = 宽 { $width } px 时高 { $height } px
embed-heights = 此嵌入的高度：{ $heights }。代码初始高度为 { $start } px，之后随内容调整。
embed-measuring = 正在测量常见栏宽下的嵌入高度……
embed-code = 嵌入代码
embed-code-hint = 粘贴到内容管理系统的 HTML 或嵌入模块中。其中几行脚本让高度随内容调整；如果脚本被移除，仅 iframe 也能在手机上显示完整的嵌入内容，并可通过 Pym.js、Datawrapper、AMP 和 Embedly 的高度消息调整大小。
embed-code-copy = 复制嵌入代码
embed-link = 此视图的链接
embed-link-hint = 按现在的样子打开完整的工具。
embed-link-copy = 复制此视图的链接
embed-script = 脚本嵌入
embed-script-hint = 一个占位元素和一段脚本，脚本创建 iframe 并让高度随内容调整，适用于允许加载本工具网站脚本的页面。
embed-script-copy = 复制脚本嵌入
embed-copied = 已复制{ $what }。
embed-selected = 已选中{ $what }：按 Ctrl+C（Mac 上按 ⌘C）复制。
embed-csp-before = 不使用cookie，不追踪，不向其他网站发出请求。设有内容安全策略（Content-Security-Policy）的宿主页面只需为本工具的来源设置{ " " }
embed-csp-middle = （脚本嵌入或嵌入代码中的内联脚本还需要{ " " }
embed-csp-after = ）。

## The classroom
story-label = 故事
story-none = 这个数据文件没有课堂故事。
story-count = 第{ $step }步，共{ $steps }步
story-because = 因为这一事件：
story-meanwhile = 与此同时：
story-steps = 故事步骤
story-back = 上一步
story-next = 下一步
story-step = 第{ $step }步：{ $title }
story-hide-policies = 隐藏政策
story-show-policies = 显示这一步的政策
new-words = 新词（选择一个）：
keys-label = 按键：
keys-or = { " " }或{ " " }
key-space = 空格
keys-step = { " " }切换步骤 ·{ " " }
key-home = Home
key-end = End
keys-first-last = { " " }第一步和最后一步
presenter-fullscreen = 全屏
presenter-show-answer = 显示答案
presenter-notes = 教师备注
notes-ask = 教师备注会在此屏幕上显示每道题的答案；如果屏幕正在投影，全班都会看到。
notes-ask-show = 显示备注和答案
notes-ask-cancel = 暂不显示
presenter-notes-window = 在新窗口中打开教师备注
notes-window-refused = 浏览器没有打开备注窗口：请允许此页面弹出窗口，或使用“教师备注”。
presenter-new-class = 新的一堂课
presenter-leave = 退出演示视图
predict-heading = 先预测，再揭晓
predict-reveal = 揭晓答案
predict-retry = 再试一次
predict-tick-first = 请先勾选你的答案。
predict-ready = 准备好了就揭晓。
predict-why = 原因及来源
predict-nobody = 没有开发商受损
verdict-right = 正确
verdict-missed = 漏选
verdict-wrong = 错选
verdict-answer = 答案
score-not-nobody = 这次并非没有开发商受损。答案：{ $names }。
score-nobody = 没有任何开发商失去自己的路径。
score-answer = 答案：{ $names }。
score-found = 找到{ $right }个，共{ $total }个。答案：{ $names }。
score-missed = 漏选：{ $names }。
score-kept = 仍保有路径：{ $names }。
score-all-correct = 全部正确。
predict-none-worse = 每家开发商的主要{ $workload }路径状态都不变：这个开关没有让任何主要路径变差。
predict-keeps = 保有其主要路径：
predict-goes-from = ：主要路径从{ " " }
predict-to = { " " }变为{ " " }
predict-fallback = 备用路径：{ $path }
classroom-story = 课堂故事
gloss-open = 没有已知障碍
gloss-friction = 有障碍
gloss-limited = 有上限
gloss-at-risk = 法律风险
gloss-blocked = 无法获得
gloss-none = 来源未提及
gloss-modelled = 部分是我们的假设，并非都有报道

## Reasons the model words itself
stockpile-while = { $reason }
stockpile-while-blocked = 新的进口被阻断（{ $reasons }）
stockpile-and = ；
stockpile-ended = { $note }
stockpile-why-ended = { $why }；{ $note }
stockpile-cannot-grow = 其库存无法增加，因为{ $why }
stockpile-halted-cannot-grow = { $note }，因此其库存无法增加
reported-weak = 据报道不擅长{ $workload }
supply-scarce = 供应稀缺

## 工具包（议题17）：二维码、练习单与答案、图片链接、图片上的说明行。
qr-button = 二维码
qr-heading = 在手机上打开这一步
qr-hint = 用手机相机扫描：手机浏览器会打开故事的这一步，日期和开关与此处相同。
qr-label = 此链接的二维码
qr-too-long = 此链接太长，无法做成二维码；请以文字形式分享。
sheet-worksheet = 练习单
sheet-answer-key = 答案页
sheet-worksheet-heading = Chip Paths练习单：谁会失去自己的路径？
sheet-worksheet-intro = 每道题中，勾选开关变动后主要路径变差的每一家开发商，或者勾选“没有开发商”。然后说明原因。
sheet-answer-key-heading = Chip Paths答案页
sheet-answer-key-intro = 本工具模型给出的答案，附有故事中揭晓答案后显示的原因，以及每个答案所依据的来源。开发商的主要路径状态变差，即为失去其路径。
sheet-name = 姓名：
sheet-main-path = 主要路径：据报道开发商主要使用的路径；标注“模型设定”的是我们的假设。
sheet-nobody = 没有开发商
sheet-why = 为什么？
sheet-answer = 答案：
sheet-sources-for = 本题来源：
sheet-print = 打印
sheet-close = 关闭
sheet-question-next = 第{ $n }题 · 接下来：“{ $title }”（根据{ $date }的情况作答）
sheet-question = 第{ $n }题 · “{ $title }”（根据{ $date }的情况作答）
downloads-pictures = 图片：
downloads-preparing = 正在准备文件……
downloads-failed = 无法准备文件：所需代码未能加载。请检查网络连接后重试。
picture-matrix-svg = 路径矩阵SVG
picture-matrix-png = 路径矩阵PNG
picture-diagram-svg = 路径图示SVG
picture-diagram-png = 路径图示PNG
stamp-scenario-record = 情景：{ $date }；所有开关均与实际记录一致
stamp-scenario-changed = 情景：{ $date }；与实际记录不同的开关：{ $switches }
stamp-switch-on = “{ $policy }”（开）
export-modelled-path = { $path }（模型设定）
csv-developer = 开发商
csv-workload = 工作负载
csv-status = 状态
csv-main-path = 主要路径（“模型设定”：哪款芯片、哪种用途或自何时起是我们的假设，而非已报道的事实）
csv-main-path-evidence = 主要路径依据（报道内容，及截至情景日期的后续报道）
csv-main-path-sources = 主要路径来源（[来源, 日期, 可信度]）
csv-fallback = 备用路径
csv-reasons = 原因（状态: 原因 [来源, 日期, 可信度]）
csv-scenario-date = 情景日期
csv-changed = 与实际记录不同的开关
csv-as-of = 数据截至（数据版本）
csv-switch-on = “{ $policy }”（开）
csv-switch-off = “{ $policy }”（关）
csv-switch-on-what-if = “{ $policy }”（开；假设情景，从未实施）
csv-switch-separator = ；
stamp-switch-on-what-if = “{ $policy }”（开；假设情景，从未实施）
stamp-switch-off = “{ $policy }”（关）
stamp-source = 来源：Chip Paths，数据截至{ $date }

## The classroom lesson around the story (src/components/lesson.rs, classroom.rs); the lesson's
## own words are data/lesson.toml's, translated in data/<tag>/texts.toml.
lesson-step-zero = 第0步：课程介绍
lesson-developers = 开发商：
lesson-developers-list = { $list }。
lesson-developer-known = { $name }（{ $known }）
lesson-read-cell = 如何阅读单元格（选择一个词）：
lesson-start = 开始故事
lesson-discuss = 讨论：
term-what = （含义）
story-presenter-view = 演示视图
story-leave = 退出故事
notes-print = 打印此页（Ctrl+P或⌘P），即可得到纸质版备注。
notes-plan = 20分钟的课程
notes-keys = 按键：→或空格进入下一步，←返回上一步，Home回到“开始之前”卡片，End跳到最后一步；也可以使用演示翻页器，勾选答案后仍可照常使用。
notes-answers = 问题及其答案
notes-step = 第{ $step }步：
notes-answer = 答案：
notes-answer-then = 。
notes-loss = { $name }的路径（{ $path }）从“{ $before }”变为“{ $after }”：{ $why }。
notes-misconceptions = 常见误解
notes-background = 教师背景知识
notes-prompts = 讨论题
notes-groups = 为各小组分配不同的情景
notes-following = 演示视图当前在第{ $step }步（共{ $total }步）：{ $title }
notes-following-start = 演示视图当前在第0步（共{ $total }步）：故事开始之前
notes-following-next = 下一个问题：第{ $step }步。
notes-waiting = 正在等待演示视图：请在同一浏览器中，用演示视图的“在新窗口中打开教师备注”按钮打开这些备注。
notes-now = 正在投影
notes-next = 下一个问题
clause-separator = ，
clause-and = { $items }，并{ $last }

## The link notice's reasons (src/url.rs).
notice-ignored = 已忽略“{ $parameter }”：{ $reason }
notice-whole-link = 链接
notice-not-utf8 = 它不是有效的UTF-8文本
notice-value-not-utf8 = 它的值不是有效的UTF-8文本
notice-too-long = 链接超过{ $max }个字符；其余部分未被读取
notice-too-many = 链接的参数超过{ $max }个；其余参数未被读取
notice-repeated = 它出现了不止一次；以第一个为准
notice-on-and-off = 它同时被打开和关闭
notice-step-needs-story = 故事步骤需要mode=story或mode=present
notice-date-given = 已经给出了一个日期
notice-no-preset = 没有名为“{ $value }”的预设
notice-not-date = “{ $value }”不是日期（YYYY-MM-DD）或预设
notice-outside = { $value }不在时间线范围内（{ $from }至{ $to }）
notice-no-switch = 没有名为“{ $value }”的开关
notice-no-developer = 没有名为“{ $value }”的开发商
notice-not-workload = “{ $value }”不是training（训练）或inference（推理）
notice-not-theme = “{ $value }”不是auto、light或dark
notice-not-language = “{ $value }”不是本工具支持的语言（{ $languages }）
notice-not-mode = “{ $value }”不是explore、story、present或notes
notice-not-flag = “{ $value }”不是1或0
notice-not-step = “{ $value }”不是故事步骤（0至{ $last }）
notice-child-id = { $why }；需要一个简短的id，可用字符为字母、数字和- _ : .
notice-no-part = 没有名为“{ $value }”的部分
notice-no-parts = 它没有指定本工具的任何部分
notice-not-revision = “{ $value }”不是数据版本（YYYY-MM-DD）
notice-unknown = 它不是本工具可识别的参数

## zhrest: problems in the data file (crates/model/src/validate.rs)
problem-what-source = 来源
problem-what-policy = 政策
problem-what-chip = 芯片
problem-what-developer = 开发商
problem-what-preset = 预设
problem-what-default-preset = 默认预设
entry-meta = meta（元数据）
entry-numbered = 第{ $n }个{ $what }
entry-id = { $what }“{ $id }”
entry-event = 第{ $n }个事件（“{ $title }”）
entry-story-step = 故事第{ $n }步
entry-story-step-titled = 故事第{ $n }步（“{ $title }”）
entry-path = 开发商“{ $developer }”：第{ $n }条路径（{ $workload }，{ $chip }/{ $route }）
entry-workload = 开发商“{ $developer }”：{ $workload }
entry-field = { $entry }：{ $field }
entry-effect = { $entry }：effects第{ $n }项
entry-lift = { $entry }：lifts第{ $n }项
entry-update = { $entry }：updates第{ $n }项
entry-listing-update = { $entry }：listing_updates第{ $n }项
entry-unknown = { $entry }：unknowns第{ $n }项
entry-correction = { $entry }：corrections第{ $n }项
problem-empty-id = { $entry }的id为空
problem-id-characters = { $entry }：id只能使用小写字母、数字和-
problem-defined-twice = { $entry }被定义了两次
problem-unknown = { $entry }引用了未知的{ $what }“{ $id }”
problem-named-twice = { $entry }两次引用了{ $what }“{ $id }”
problem-no-sources = { $entry }没有来源
problem-reason-without-sources = { $entry }给出了理由，但没有来源
problem-date-form = { $entry }的日期“{ $date }”不是YYYY-MM-DD、YYYY-MM或YYYY格式
problem-field-date-form = { $entry }的{ $field }日期“{ $date }”不是YYYY-MM-DD、YYYY-MM或YYYY格式
problem-not-real-date = { $entry }的日期“{ $date }”不是真实存在的YYYY-MM-DD日期
problem-date-too-early = { $entry }的日期“{ $date }”早于{ $earliest }
problem-field-date-too-early = { $entry }的{ $field }日期“{ $date }”早于{ $earliest }
problem-date-after-as-of = { $entry }的日期“{ $date }”晚于记录的as_of日期{ $as_of }
problem-field-date-after-as-of = { $entry }的{ $field }日期“{ $date }”晚于记录的as_of日期{ $as_of }
problem-as-of-outside = { $entry }的as_of日期“{ $date }”不在{ $earliest }至{ $latest }之间
problem-dated-too-early = { $entry }的日期为{ $date }，早于{ $earliest }
problem-dated-after-as-of = { $entry }的日期为{ $date }，晚于记录的as_of日期{ $as_of }
problem-outside-timeline = { $entry }的日期为{ $date }，不在时间线{ $earliest }至{ $latest }之内
problem-not-https = { $entry }的链接“{ $url }”不是https地址
problem-tightens-with-lifts = { $entry }是收紧政策，却有lifts；只有放松政策才有lifts
problem-loosens-with-effects = { $entry }是放松政策，却有effects；只有收紧政策才有effects
problem-lifts-loosening = { $entry }解除了“{ $policy }”，但它不是收紧政策
problem-when-lifted = { $entry }：when_lifted“{ $lifted }”并不比其状态“{ $status }”更好
problem-no-text = { $entry }没有文本
problem-no-note = { $entry }没有说明
problem-before-path = { $entry }：since { $since }早于该路径的since { $path_since }
problem-before-available = { $entry }：since { $since }早于其芯片“{ $chip }”上市的时间（{ $available }）
problem-date-before = { $entry }：{ $field } { $date }早于{ $other } { $other_date }
problem-date-not-after = { $entry }：{ $field } { $date }不晚于{ $other } { $other_date }
problem-date-after = { $entry }：{ $field } { $date }晚于{ $other } { $other_date }
problem-date-without = { $entry }：有{ $field } { $date }，却没有{ $other }
problem-no-main-path = { $entry }在{ $date }没有主要路径
problem-two-main-paths = { $entry }在{ $date }有两条主要路径：{ $paths }
problem-three-main-paths = { $entry }在{ $date }有三条主要路径：{ $paths }
problem-main-paths = { $entry }在{ $date }有{ $n }条主要路径：{ $paths }
problem-paths-and = { "和" }
problem-out-of-order-between = { $entry }（{ $date }）不符合日期顺序，位于{ $before }和{ $after }的事件之间
problem-out-of-order-after = { $entry }（{ $date }）不符合日期顺序，位于{ $before }的事件之后
problem-out-of-order-before = { $entry }（{ $date }）不符合日期顺序，位于{ $after }的事件之前
problem-out-of-order = { $entry }（{ $date }）不符合日期顺序
problem-hypothetical = { $entry }打开了“{ $policy }”，而它是一项假设的政策
problem-on-and-off = { $entry }同时打开和关闭了“{ $policy }”
problem-repeats = { $entry }与第{ $n }个事件重复：日期、标题和开关都相同
problem-step-date = { $entry }：日期{ $date }既不是某个事件的日期，也不是“截至”日期（as_of）
problem-step-earlier = { $entry }：日期{ $date }早于前一步
problem-step-empty = { $entry }：标题和说明文字不能为空
problem-step-no-source = { $entry }：没有引用来源
problem-step-unknown-source = { $entry }：引用了未知的来源“{ $id }”
problem-question-unknown-policy = { $entry }：问题引用了未知的政策“{ $policy }”
problem-question-already-on = { $entry }：问题要打开“{ $policy }”，但它那时已经打开
problem-question-already-off = { $entry }：问题要关闭“{ $policy }”，但它那时已经关闭
problem-question-no-prompt = { $entry }：问题的提示不能为空
problem-question-no-answer = { $entry }：问题没有answer_text（请用文字写出答案）
problem-answer-unknown-developer = { $entry }：答案引用了未知的开发商“{ $developer }”
data-unreadable = 内置数据无法读取：{ $why }
## zhrest: why a Pym childId is refused ($why in notice-child-id; src/embed/protocol.rs)
child-id-empty = childId为空
child-id-too-long = childId超过{ $max }个字符
child-id-character = childId包含字符U+{ $code }
child-id-separator = childId包含Pym的分隔符xPYMx
