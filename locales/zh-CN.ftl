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
meaning-open = 没有已知障碍
meaning-friction = 允许，但有手续、费用或政治压力
meaning-limited = 可用，但有上限：无法增加的库存、性能弱的芯片、供应稀缺
meaning-at-risk = 存在法律风险
meaning-blocked = 在法律上无法获得

## Routes
route-import = 进口
route-stockpile = 来自库存
route-offshore = 在境外租用
route-domestic = 在国内购买
route-title-import = 新购进口
route-title-stockpile = 禁令前购入的库存
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
in-force-never = 从未生效
in-force-never-what-if = 从未生效（假设情景）
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
change-move = 移到{ $date }
change-no-path = { $action }不改变任何开发商的路径。
change-no-path-note = { $action }不改变任何开发商的路径：{ $note }。
change-no-main-status = { $action }不改变任何主要路径的状态。{ $detail }
change-sentence = { $action }会{ $clauses }。{ $detail }
change-sentence-also = { $action }会{ $clauses }。{ $detail }{ $also }
possessive = { $name }
possessive-others = { $first }、{ $second }及另外{ $n }家开发商
workloads-both = 训练和推理
clause-closes = 关闭{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}
clause-narrows = 收窄{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}
clause-opens = 打开{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}
clause-eases = 放宽{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}
clause-appears = 使{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}出现在记录中
clause-leaves = 使{ $owners }的主要{ $workloads }{ $n ->
   *[other] 路径
}从记录中消失
detail-none = { $who }在记录中没有主要{ $workload }路径。
detail-reported = 据报道，{ $who }的{ $workload }现在使用{ $path }（{ $status }：{ $reason }）。
detail-reported-open = 据报道，{ $who }的{ $workload }现在使用{ $path }（畅通）。
detail-now = { $who }的主要{ $workload }路径（{ $path }）现为{ $status }：{ $why }。
detail-moved-reason = { $who }的主要{ $workload }路径现为{ $path }（{ $status }：{ $reason }）。
detail-moved = { $who }的主要{ $workload }路径现为{ $path }（{ $status }）。
detail-can-use-open = { $who }现在可以使用{ $path }（畅通）。
detail-can-use = { $who }现在可以使用{ $path }（{ $status }：{ $reason }）。
path-kind-main = 主要{ $workload }路径
path-kind-fallback = { $workload }备用路径
path-kind-other = 其他{ $workload }路径
level-main-now = { $who }的主要{ $workload }路径现为{ $path }，同样{ $status }。
level-new-other = { $who }现在有另一条{ $workload }路径：{ $path }（{ $status }）。
level-new-fallback-training = { $who }现在有一条训练备用路径：{ $path }（{ $status }）。
level-new-fallback-inference = { $who }现在有一条推理备用路径：{ $path }（{ $status }）。
level-gone = { $who }的{ $kind }（{ $path }）已不在记录中。
level-stays-more = { $who }的{ $kind }（{ $path }）仍为{ $status }，但多了一项障碍：{ $reason }。
level-stays-less = { $who }的{ $kind }（{ $path }）仍为{ $status }，少了一项障碍：{ $reason }。
level-worse = { $who }的{ $kind }（{ $path }）现为{ $status }：{ $reason }。
level-less = { $who }的{ $kind }（{ $path }）现为{ $status }，少了一项障碍：{ $reason }。
level-now = { $who }的{ $kind }（{ $path }）现为{ $status }。
level-likewise = { $detail }{ $names }同样如此。

## The classroom's step box
story-starts = 故事从这里开始。
story-since = 自{ $since }以来发生的变化
story-nothing-since = 自{ $since }以来，没有其他变化改变任何主要路径。
story-no-rule = 这一事件没有改变任何规则（没有开关变动），因此没有主要路径因它而改变。
quoted = “{ $name }”
story-switch-on = 打开{ $policies }
story-switch-off = 关闭{ $policies }
story-switch-on-off = 打开{ $on }并关闭{ $off }
story-no-main-path = { $subject }不改变任何开发商的主要路径，因为{ $why }。
why-no-path-yet = 在这一日期，记录中尚无任何开发商的路径
why-none-of-them = 它们都没有触及这一日期记录中的任何路径
why-reaches-none = 它没有触及这一日期记录中的任何路径
why-no-path-for = 在这一日期，记录中尚无{ $names }的路径
why-for = 对于“{ $policy }”，{ $why }
why-separator = ；

## The page's frame
language-label = 语言
language-failed = 无法加载{ $language }；本工具继续以英文显示。
