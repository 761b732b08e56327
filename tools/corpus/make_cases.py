#!/usr/bin/env python3
"""Write the precedent fixtures in fixtures/cases/ and their expected.tsv.

Each fixture is written below as it should appear on disk, except that a line
whose violating value/clause must give a finding ends with a marker
`  ⟦category[,category…]⟧`.  The marker is stripped and the line number is
recorded in fixtures/cases/expected.tsv (file, line, category; one row per
category).  Compliant rewrites carry no marker and get no row.

Deterministic: running it twice gives the same bytes.  Usage:
    python3 tools/corpus/make_cases.py            # from the repository root
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "cases")
MARK = re.compile(r"\s*⟦([a-z,\-]+)⟧\s*$")

CATEGORIES = {
    "app-usage-metric", "install-registration-quota", "forced-engagement",
    "checkin", "online-time", "points-ranking", "trace-evidence",
    "data-entry-quota", "chat-group-burden", "duplicate-reporting",
}

FILES = {}

# ---------------------------------------------------------------- yihuang-2023
FILES["yihuang-2023.yaml"] = """\
scheme:
  title: 宜黄县2023年度乡镇工作综合考核细则
  issuer: 宜黄县某单位
  year: 2023
  applies_to: [各乡镇]
  sections:
    - title: 一、政务服务
      items:
        - id: "1.1"
          name: 政务服务事项按时办结
          points: 6
          criterion: 依申请政务服务事项按时办结率达到98%以上，无超期办件
          scoring: 每低1个百分点扣0.5分，出现超期办件每件扣0.2分
          evidence: 县政务服务中心办件系统数据
          owner: 县政务服务中心
        - id: "1.2"
          name: 政务服务“好差评”
          points: 4
          criterion: 群众对乡镇便民服务中心办事满意率不低于95%，差评按期整改率100%
          scoring: 满意率每低1个百分点扣0.5分；差评未整改每件扣0.5分
          evidence: “好差评”系统评价数据及回访记录
          owner: 县政务服务中心
    - title: 二、数字政务
      items:
        - id: "2.1"
          name: 政务APP推广使用
          points: 5
          criterion: 各乡镇“赣政通”APP活跃率不得低于80%  ⟦app-usage-metric⟧
          scoring: 每低1个百分点扣0.5分，低于60%不得分
          evidence: 平台后台统计数据
          owner: 县政务服务数据管理局
        - id: "2.2"
          name: 干部数字化应用
          points: 2
          criterion: 乡镇、村两级干部“赣政通”实名注册率达到100%  ⟦install-registration-quota⟧
          scoring: 每有1人未注册扣0.1分
          evidence: 平台后台统计数据
          owner: 县政务服务数据管理局
        - id: "2.3"
          name: 数字政务工作推进
          points: 2
          criterion: 每月对各乡镇“赣政通”APP活跃度进行排名通报，排名后三位的扣1分  ⟦app-usage-metric,points-ranking⟧
          scoring: 按月累计扣分，扣完为止
          evidence: 月度通报
          owner: 县政务服务数据管理局
    - title: 三、基层治理
      items:
        - id: "3.1"
          name: 矛盾纠纷排查化解
          points: 6
          criterion: 矛盾纠纷化解率达到95%以上，未发生因矛盾纠纷激化引发的刑事案件
          scoring: 化解率每低1个百分点扣0.5分；发生民转刑案件的每起扣2分
          evidence: 县综治中心台账及实地抽查
          owner: 县委政法委
        - id: "3.2"
          name: 12345热线工单办理
          points: 4
          criterion: 12345热线转办工单按期办结率达到98%，群众回访满意率不低于90%
          scoring: 按期办结率每低1个百分点扣0.3分
          evidence: 12345热线系统数据及电话回访
          owner: 县12345热线服务中心
  items:
    - id: "4.1"
      name: 安全生产
      points: 5
      criterion: 全年未发生较大及以上生产安全事故，重大隐患按期整改率100%
      scoring: 发生较大事故的本项不得分；隐患逾期未改每处扣0.5分
      evidence: 县应急管理局事故统计及隐患台账
      owner: 县应急管理局
"""

FILES["yihuang-2023.txt"] = """\
宜黄县2023年度乡镇工作综合考核细则

为推动全县各乡镇高质量完成年度目标任务，根据县委、县政府工作部署，制定本细则。

一、考核对象
各乡镇人民政府。

二、考核内容及分值

（一）政务服务（10分）
1. 依申请政务服务事项按时办结率达到98%以上，每低1个百分点扣0.5分；出现超期办件的每件扣0.2分。
2. 群众对乡镇便民服务中心办事满意率不低于95%，满意率每低1个百分点扣0.5分。

（二）数字政务（9分）
3. 各乡镇“赣政通”APP活跃率不得低于80%，否则在年度考核中扣分，每低1个百分点扣0.5分，低于60%的本项不得分。  ⟦app-usage-metric⟧
4. 乡镇、村两级干部“赣政通”实名注册率须达到100%，每有1人未注册扣0.1分。  ⟦install-registration-quota⟧
5. 县政务服务数据管理局每月对各乡镇“赣政通”APP活跃度进行排名通报，排名后三位的各扣1分。  ⟦app-usage-metric,points-ranking⟧

（三）基层治理（10分）
6. 矛盾纠纷化解率达到95%以上，每低1个百分点扣0.5分；发生民转刑案件的每起扣2分。
7. 12345热线转办工单按期办结率达到98%，群众回访满意率不低于90%。

（四）安全生产（5分）
8. 全年未发生较大及以上生产安全事故，重大隐患按期整改率100%。

三、考核方式
年终考核采取日常考核与年终考核相结合的方式进行，日常考核由各牵头单位按季度评分，年终汇总。

四、结果运用
考核结果作为乡镇领导班子和领导干部年度评价的重要依据。
"""

FILES["yihuang-2023-compliant.yaml"] = """\
scheme:
  title: 宜黄县2023年度乡镇工作综合考核细则（修订）
  issuer: 宜黄县某单位
  year: 2023
  applies_to: [各乡镇]
  sections:
    - title: 一、政务服务
      items:
        - id: "1.1"
          name: 政务服务事项按时办结
          points: 8
          criterion: 依申请政务服务事项按时办结率达到98%以上，无超期办件
          scoring: 每低1个百分点扣0.5分，出现超期办件每件扣0.2分
          evidence: 县政务服务中心办件系统数据
          owner: 县政务服务中心
        - id: "1.2"
          name: 政务服务“好差评”
          points: 5
          criterion: 群众对乡镇便民服务中心办事满意率不低于95%，差评按期整改率100%
          scoring: 满意率每低1个百分点扣0.5分；差评未整改每件扣0.5分
          evidence: “好差评”系统评价数据及回访记录
          owner: 县政务服务中心
    - title: 二、数字政务
      items:
        - id: "2.1"
          name: 网上办事便民实效
          points: 5
          criterion: 通过“赣政通”APP受理的审批事项按期办结率达到98%，群众反映的系统使用问题按期解决
          scoring: 按期办结率每低1个百分点扣0.3分；问题逾期未解决每件扣0.2分
          evidence: 审批系统办件记录及问题台账
          owner: 县政务服务数据管理局
        - id: "2.2"
          name: 规范使用说明
          points: 0
          criterion: 各乡镇可结合工作实际使用“赣政通”APP，不得将APP活跃率、下载量、注册率等使用数据纳入考核
          evidence: 不作考核计分
          owner: 县政务服务数据管理局
    - title: 三、基层治理
      items:
        - id: "3.1"
          name: 矛盾纠纷排查化解
          points: 6
          criterion: 矛盾纠纷化解率达到95%以上，未发生因矛盾纠纷激化引发的刑事案件
          scoring: 化解率每低1个百分点扣0.5分；发生民转刑案件的每起扣2分
          evidence: 县综治中心台账及实地抽查
          owner: 县委政法委
        - id: "3.2"
          name: 12345热线工单办理
          points: 4
          criterion: 12345热线转办工单按期办结率达到98%，群众回访满意率不低于90%
          scoring: 按期办结率每低1个百分点扣0.3分
          evidence: 12345热线系统数据及电话回访
          owner: 县12345热线服务中心
  items:
    - id: "4.1"
      name: 安全生产
      points: 5
      criterion: 全年未发生较大及以上生产安全事故，重大隐患按期整改率100%
      scoring: 发生较大事故的本项不得分；隐患逾期未改每处扣0.5分
      evidence: 县应急管理局事故统计及隐患台账
      owner: 县应急管理局
"""

FILES["yihuang-2023-compliant.txt"] = """\
宜黄县2023年度乡镇工作综合考核细则（修订稿）

根据县纪委监委基层减负专项整治意见，对原细则中以“电子化数据”考核基层的内容予以取消，修订如下。

一、考核对象
各乡镇人民政府。

二、考核内容及分值

（一）政务服务（13分）
1. 依申请政务服务事项按时办结率达到98%以上，每低1个百分点扣0.5分；出现超期办件的每件扣0.2分。
2. 群众对乡镇便民服务中心办事满意率不低于95%，满意率每低1个百分点扣0.5分。

（二）数字政务（5分）
3. 通过“赣政通”APP受理的审批事项按期办结率达到98%，每低1个百分点扣0.3分。
4. 各乡镇可结合实际通过“赣政通”APP办理审批、接收通知，鼓励干部群众使用政务服务平台。
5. 取消原细则中“赣政通”APP活跃率、实名注册率考核指标，不得以APP使用数据对乡镇进行排名通报。

（三）基层治理（10分）
6. 矛盾纠纷化解率达到95%以上，每低1个百分点扣0.5分；发生民转刑案件的每起扣2分。
7. 12345热线转办工单按期办结率达到98%，群众回访满意率不低于90%。

（四）安全生产（5分）
8. 全年未发生较大及以上生产安全事故，重大隐患按期整改率100%。

三、考核方式
采取日常考核与年终考核相结合的方式，注重实地察看和群众评价，不以电子化数据代替实绩。
"""

# ---------------------------------------------------------------- qiqihar-2023
FILES["qiqihar-2023.yaml"] = """\
scheme:
  title: 2023年度网络公益活动参与工作考核评分办法
  issuer: 齐齐哈尔市某区精神文明建设办公室
  year: 2023
  applies_to: [各街道, 各社区, 区属各学校, 区属各医院]
  sections:
    - title: 一、公益活动参与
      items:
        - id: "1"
          name: 公益活动参与
          points: 20
          criterion: 每个社区每天完成500个点赞任务  ⟦forced-engagement⟧
          scoring: 每日未完成的，每少50个扣0.5分
          evidence: 活动平台统计数据
          owner: 区文明办
        - id: "2"
          name: 组织动员
          points: 10
          criterion: 各学校教师、学生、家长全员参与点赞，各医院医生、护士全员参与点赞  ⟦forced-engagement⟧
          scoring: 参与率每低5个百分点扣1分
          evidence: 班主任汇总全班“点赞”证书照片打包上传  ⟦forced-engagement,trace-evidence⟧
          owner: 区教育局、区卫健局
        - id: "3"
          name: 工作调度
          points: 5
          criterion: 每日对各单位点赞完成数进行排名通报，连续三天排名末位的约谈主要负责人  ⟦forced-engagement,points-ranking⟧
          owner: 区文明办
    - title: 二、志愿服务与文明实践
      items:
        - id: "4"
          name: 志愿服务活动开展
          points: 15
          criterion: 每季度至少组织开展1次面向居民的志愿服务活动，活动有方案、有总结、有群众评价
          scoring: 少开展1次扣3分
          evidence: 活动方案及居民评价表
          owner: 区文明办
        - id: "5"
          name: 新时代文明实践站建设
          points: 10
          criterion: 文明实践站有场地、有队伍、有活动，全年服务居民不少于12场次
          scoring: 实地检查，缺项扣分
          evidence: 实地检查
          owner: 区文明办
        - id: "6"
          name: 群众满意度
          points: 10
          criterion: 居民对社区文明创建工作满意度不低于90%
          scoring: 第三方入户调查，每低1个百分点扣0.5分
          evidence: 第三方调查报告
          owner: 区文明办
"""

FILES["qiqihar-2023.txt"] = """\
关于开展2023年度网络公益活动点赞工作的考核办法

各街道、社区，区属各学校、医院：
为全力做好本次公益活动参与工作，现将有关考核要求通知如下。

一、工作任务
（一）每个社区每天要完成500个点赞任务，当日任务当日清零。  ⟦forced-engagement⟧
（二）各学校要求教师、学生、家长全员参与点赞，各医院要求医生、护士全员参与。  ⟦forced-engagement⟧
（三）班主任汇总全班“点赞”证书照片，打包上传至区教育局指定邮箱。  ⟦forced-engagement,trace-evidence⟧

二、考核办法
（一）区文明办每日对各单位点赞完成数进行排名通报，连续三天排名末位的约谈主要负责人。  ⟦forced-engagement,points-ranking⟧
（二）志愿服务活动每季度至少开展1次，少开展1次扣3分。
（三）新时代文明实践站全年服务居民不少于12场次，实地检查，缺项扣分。
（四）居民对社区文明创建工作满意度不低于90%，由第三方入户调查。

三、工作要求
各单位要高度重视，明确专人负责，及时解决活动中遇到的问题。
"""

FILES["qiqihar-2023-compliant.yaml"] = """\
scheme:
  title: 2023年度志愿服务与文明实践工作考核评分办法
  issuer: 齐齐哈尔市某区精神文明建设办公室
  year: 2023
  applies_to: [各街道, 各社区]
  sections:
    - title: 一、公益活动
      items:
        - id: "1"
          name: 公益活动组织
          points: 10
          criterion: 结合辖区实际组织居民自愿参与公益活动，不摊派点赞、转发、投票任务，不统计个人参与数量
          scoring: 发现强制摊派的本项不得分
          evidence: 活动方案及居民反馈
          owner: 区文明办
    - title: 二、志愿服务与文明实践
      items:
        - id: "2"
          name: 志愿服务活动开展
          points: 20
          criterion: 每季度至少组织开展1次面向居民的志愿服务活动，活动有方案、有总结、有群众评价
          scoring: 少开展1次扣3分
          evidence: 活动方案及居民评价表
          owner: 区文明办
        - id: "3"
          name: 新时代文明实践站建设
          points: 15
          criterion: 文明实践站有场地、有队伍、有活动，全年服务居民不少于12场次
          scoring: 实地检查，缺项扣分
          evidence: 实地检查
          owner: 区文明办
        - id: "4"
          name: 群众满意度
          points: 15
          criterion: 居民对社区文明创建工作满意度不低于90%
          scoring: 第三方入户调查，每低1个百分点扣0.5分
          evidence: 第三方调查报告
          owner: 区文明办
"""

FILES["qiqihar-2023-compliant.txt"] = """\
关于规范开展2023年度公益活动参与工作的通知

各街道、社区，区属各学校、医院：
针对前期公益活动中层层摊派点赞任务的问题，现就规范有关工作通知如下。

一、立即停止向社区、学校、医院摊派点赞任务，取消点赞完成数排名通报。
二、严禁要求教师、学生、家长和医生、护士“全员参与”，严禁要求班主任收集上传“点赞”证书照片。
三、公益活动坚持群众自愿原则，各单位可通过宣传栏、公众号介绍活动内容。
四、志愿服务活动每季度至少开展1次，活动有方案、有总结、有群众评价。
五、新时代文明实践站全年服务居民不少于12场次，居民满意度不低于90%。

对基层干部在志愿服务中的先进事迹，各单位要及时总结，为担当作为的干部点赞。
"""

# ---------------------------------------------------------------- yuechi-2023
FILES["yuechi-2023.yaml"] = """\
scheme:
  title: 岳池县2023年度乡镇（街道）平安建设工作考核细则
  issuer: 岳池县综治中心
  year: 2023
  applies_to: [27个乡镇（街道）]
  sections:
    - title: 一、矛盾纠纷排查化解
      items:
        - id: "1.1"
          name: 矛盾纠纷化解
          points: 10
          criterion: 矛盾纠纷调处化解率达到98%以上，未发生因纠纷激化引发的“民转刑”案件
          scoring: 化解率每低1个百分点扣1分
          evidence: 县综治中心台账抽查及当事人回访
          owner: 县综治中心
        - id: "1.2"
          name: “随手调”App推广使用
          points: 10
          criterion: 按县综治中心下达的年度任务数，使用“随手调”App录入矛盾纠纷信息  ⟦data-entry-quota⟧
          scoring: 完成率每低10个百分点扣1分
          evidence: “随手调”平台统计
          owner: 县综治中心
        - id: "1.3"
          name: 工作调度
          points: 5
          criterion: 对各乡镇（街道）“随手调”录入任务完成情况实行月通报，完成率排名后五位的扣0.5分  ⟦data-entry-quota,points-ranking⟧
          owner: 县综治中心
    - title: 二、社会治安
      items:
        - id: "2.1"
          name: 刑事案件发案
          points: 10
          criterion: 辖区刑事案件发案数同比下降，无命案积案
          scoring: 发案数同比上升的扣2分
          evidence: 县公安局统计数据
          owner: 县公安局
        - id: "2.2"
          name: 群众安全感
          points: 10
          criterion: 群众安全感满意度达到95%以上
          scoring: 以省统计局抽样调查结果为准，每低1个百分点扣1分
          evidence: 省统计局抽样调查
          owner: 县委政法委
    - title: 三、信访工作
      items:
        - id: "3.1"
          name: 信访事项办理
          points: 8
          criterion: 信访事项按期办结率达到100%，群众满意率不低于90%
          scoring: 逾期办结每件扣0.5分
          evidence: 信访信息系统及回访记录
          owner: 县信访局
"""

FILES["yuechi-2023.txt"] = """\
岳池县2023年度乡镇（街道）平安建设工作考核细则

一、考核对象
全县27个乡镇（街道）。

二、考核内容
（一）矛盾纠纷调处化解率达到98%以上，每低1个百分点扣1分；发生“民转刑”案件的每起扣2分。
（二）县综治中心向各乡镇（街道）下达使用“随手调”App录入矛盾纠纷信息年度任务数，完成率每低10个百分点扣1分。  ⟦data-entry-quota⟧
（三）对各乡镇（街道）“随手调”录入任务完成情况搞“月通报”，完成率排名后五位的扣0.5分。  ⟦data-entry-quota,points-ranking⟧
（四）辖区刑事案件发案数同比下降，无命案积案。
（五）群众安全感满意度达到95%以上，以省统计局抽样调查结果为准。
（六）信访事项按期办结率达到100%，群众满意率不低于90%。

三、考核方式
采取平时考核与年终考核相结合，平时考核以县综治中心台账抽查为主。
"""

FILES["yuechi-2023-compliant.yaml"] = """\
scheme:
  title: 岳池县2023年度乡镇（街道）平安建设工作考核细则（修订）
  issuer: 岳池县综治中心
  year: 2023
  applies_to: [27个乡镇（街道）]
  sections:
    - title: 一、矛盾纠纷排查化解
      items:
        - id: "1.1"
          name: 矛盾纠纷化解
          points: 20
          criterion: 矛盾纠纷调处化解率达到98%以上，未发生因纠纷激化引发的“民转刑”案件
          scoring: 化解率每低1个百分点扣1分；经核查发现编造、虚报纠纷信息的本项不得分
          evidence: 县综治中心台账抽查及当事人回访
          owner: 县综治中心
        - id: "1.2"
          name: 纠纷登记渠道
          points: 0
          criterion: 各乡镇（街道）可通过“随手调”App登记矛盾纠纷，县综治中心不下达录入任务数，不对录入数量进行通报排名
          evidence: 不作考核计分
          owner: 县综治中心
    - title: 二、社会治安
      items:
        - id: "2.1"
          name: 刑事案件发案
          points: 10
          criterion: 辖区刑事案件发案数同比下降，无命案积案
          scoring: 发案数同比上升的扣2分
          evidence: 县公安局统计数据
          owner: 县公安局
        - id: "2.2"
          name: 群众安全感
          points: 10
          criterion: 群众安全感满意度达到95%以上
          scoring: 以省统计局抽样调查结果为准，每低1个百分点扣1分
          evidence: 省统计局抽样调查
          owner: 县委政法委
    - title: 三、信访工作
      items:
        - id: "3.1"
          name: 信访事项办理
          points: 8
          criterion: 信访事项按期办结率达到100%，群众满意率不低于90%
          scoring: 逾期办结每件扣0.5分
          evidence: 信访信息系统及回访记录
          owner: 县信访局
"""

FILES["yuechi-2023-compliant.txt"] = """\
岳池县2023年度乡镇（街道）平安建设工作考核细则（修订稿）

一、考核对象
全县27个乡镇（街道）。

二、考核内容
（一）矛盾纠纷调处化解率达到98%以上，每低1个百分点扣1分；发生“民转刑”案件的每起扣2分。
（二）各乡镇（街道）可使用“随手调”App登记矛盾纠纷，县综治中心不再下达录入年度任务数，取消录入情况“月通报”。
（三）经核查发现编造、虚报矛盾纠纷信息的，对相关责任人严肃处理。
（四）辖区刑事案件发案数同比下降，无命案积案。
（五）群众安全感满意度达到95%以上，以省统计局抽样调查结果为准。
（六）信访事项按期办结率达到100%，群众满意率不低于90%。

三、考核方式
以台账抽查、当事人回访和实地察看为主，重实绩不重数据。
"""

# ---------------------------------------------------------------- qilian-2024
FILES["qilian-2024.yaml"] = """\
scheme:
  title: 祁连县卫生健康系统2024年度目标责任考核细则
  issuer: 祁连县卫生健康局
  year: 2024
  applies_to: [各乡镇卫生院, 县直各医疗卫生单位]
  sections:
    - title: 一、公共卫生服务
      items:
        - id: "1.1"
          name: 家庭医生签约服务
          points: 10
          criterion: 重点人群家庭医生签约服务覆盖率达到75%，签约居民履约随访按期完成率达到95%
          scoring: 每低1个百分点扣0.5分
          evidence: 基本公共卫生服务项目年度评估
          owner: 县疾控中心
        - id: "1.2"
          name: 免疫规划
          points: 8
          criterion: 适龄儿童国家免疫规划疫苗接种率保持在95%以上
          scoring: 每低1个百分点扣1分
          evidence: 免疫规划信息系统核查
          owner: 县疾控中心
    - title: 二、工作群管理
      items:
        - id: "2.1"
          name: 工作群管理
          points: 4
          criterion: 各单位负责人及业务人员须加入局建立的全部18个微信工作群，入群率100%  ⟦chat-group-burden⟧
          scoring: 每少加入1个群扣0.2分
          evidence: 群成员名单
          owner: 局办公室
        - id: "2.2"
          name: 通知落实
          points: 4
          criterion: 工作群内发布的通知须在30分钟内回复“收到”  ⟦chat-group-burden⟧
          scoring: 未按时回复的每次扣0.2分
          evidence: 群聊天记录截图  ⟦trace-evidence⟧
          owner: 局办公室
        - id: "2.3"
          name: 宣传信息工作
          points: 4
          criterion: 每月在“卫健系统信息报送群”报送工作动态信息不少于5条  ⟦data-entry-quota⟧
          scoring: 每少1条扣0.2分
          owner: 局办公室
    - title: 三、医疗服务质量
      items:
        - id: "3.1"
          name: 患者满意度
          points: 8
          criterion: 门诊和住院患者满意度均不低于90%
          scoring: 第三方调查，每低1个百分点扣0.5分
          evidence: 第三方满意度调查
          owner: 县医疗质量控制中心
        - id: "3.2"
          name: 医疗安全
          points: 8
          criterion: 全年未发生重大医疗责任事故，医疗纠纷调解成功率达到90%
          evidence: 医疗纠纷调解台账
          owner: 县医疗质量控制中心
"""

FILES["qilian-2024.txt"] = """\
祁连县卫生健康系统2024年度目标责任考核细则

一、公共卫生服务（18分）
1. 重点人群家庭医生签约服务覆盖率达到75%，签约居民履约随访按期完成率达到95%。
2. 适龄儿童国家免疫规划疫苗接种率保持在95%以上，每低1个百分点扣1分。

二、工作群管理（12分）
3. 各单位负责人及业务人员须加入“卫健系统主要责任通知群”“卫健系统信息报送群”“卫健系统创城群”等全部18个微信工作群，每少加入1个群扣0.2分。  ⟦chat-group-burden⟧
4. 工作群内发布的通知须在30分钟内回复“收到”，未按时回复的每次扣0.2分。  ⟦chat-group-burden⟧
5. 每月在“卫健系统信息报送群”报送工作动态信息不少于5条，每少1条扣0.2分。  ⟦data-entry-quota⟧

三、医疗服务质量（16分）
6. 门诊和住院患者满意度均不低于90%，由第三方调查。
7. 全年未发生重大医疗责任事故，医疗纠纷调解成功率达到90%。
"""

FILES["qilian-2024-compliant.yaml"] = """\
scheme:
  title: 祁连县卫生健康系统2024年度目标责任考核细则（修订）
  issuer: 祁连县卫生健康局
  year: 2024
  applies_to: [各乡镇卫生院, 县直各医疗卫生单位]
  sections:
    - title: 一、公共卫生服务
      items:
        - id: "1.1"
          name: 家庭医生签约服务
          points: 12
          criterion: 重点人群家庭医生签约服务覆盖率达到75%，签约居民履约随访按期完成率达到95%
          scoring: 每低1个百分点扣0.5分
          evidence: 基本公共卫生服务项目年度评估
          owner: 县疾控中心
        - id: "1.2"
          name: 免疫规划
          points: 10
          criterion: 适龄儿童国家免疫规划疫苗接种率保持在95%以上
          scoring: 每低1个百分点扣1分
          evidence: 免疫规划信息系统核查
          owner: 县疾控中心
    - title: 二、医疗服务质量
      items:
        - id: "2.1"
          name: 患者满意度
          points: 10
          criterion: 门诊和住院患者满意度均不低于90%
          scoring: 第三方调查，每低1个百分点扣0.5分
          evidence: 第三方满意度调查
          owner: 县医疗质量控制中心
        - id: "2.2"
          name: 医疗安全
          points: 10
          criterion: 全年未发生重大医疗责任事故，医疗纠纷调解成功率达到90%
          evidence: 医疗纠纷调解台账
          owner: 县医疗质量控制中心
    - title: 三、工作群规范
      items:
        - id: "3.1"
          name: 工作群精简
          points: 0
          criterion: 局机关工作群整合为1个通知群，不要求在群内回复“收到”，群内回复情况不纳入考核
          evidence: 不作考核计分
          owner: 局办公室
"""

FILES["qilian-2024-compliant.txt"] = """\
祁连县卫生健康系统2024年度目标责任考核细则（修订稿）

一、公共卫生服务（22分）
1. 重点人群家庭医生签约服务覆盖率达到75%，签约居民履约随访按期完成率达到95%。
2. 适龄儿童国家免疫规划疫苗接种率保持在95%以上，每低1个百分点扣1分。

二、医疗服务质量（20分）
3. 门诊和住院患者满意度均不低于90%，由第三方调查。
4. 全年未发生重大医疗责任事故，医疗纠纷调解成功率达到90%。

三、工作群规范
5. 局机关原有18个微信工作群已整合为1个通知群，职能重复的工作群一律解散。
6. 不得要求在工作群内回复“收到”，不得将入群、回复情况纳入考核。
"""

# ------------------------------------------------------------ gansu-prisons-2024
FILES["gansu-prisons-2024.yaml"] = """\
scheme:
  title: 2024年度民警网络学习教育考核办法
  issuer: 甘肃省某监狱政治处
  year: 2024
  applies_to: [全体民警]
  sections:
    - title: 一、网络学习
      items:
        - id: "1"
          name: 网络学习
          points: 10
          criterion: 全体民警每日登录网络学习平台在线打卡学习，打卡率不低于95%  ⟦checkin⟧
          scoring: 每缺1次打卡扣0.1分
          evidence: 学习平台后台数据
          owner: 政治处
        - id: "2"
          name: 学习成效
          points: 10
          criterion: 学习平台积分纳入年度考核，每季度对各监区积分进行排名通报  ⟦points-ranking⟧
          scoring: 排名后三位的监区扣2分
          owner: 政治处
        - id: "3"
          name: 结果运用
          points: 0
          criterion: 学习积分作为干部提拔任用、评优评先的硬性条件，积分未达标者不得参加评优  ⟦points-ranking⟧
          owner: 政治处
        - id: "4"
          name: 学习投入
          points: 5
          criterion: 每名民警每日在线学习时长不少于30分钟  ⟦online-time⟧
          scoring: 按月统计，未达标的每人次扣0.1分
          owner: 政治处
    - title: 二、监管安全与教育改造
      items:
        - id: "5"
          name: 监管安全
          points: 20
          criterion: 全年实现无罪犯脱逃、无重大狱内案件、无重大安全生产事故
          scoring: 发生其中一项的本项不得分
          evidence: 监狱管理局安全考评
          owner: 狱政管理科
        - id: "6"
          name: 教育改造质量
          points: 15
          criterion: 罪犯文化技术教育入学率、结业率达到规定要求，刑满释放人员重新犯罪率同比下降
          evidence: 教育改造科台账
          owner: 教育改造科
        - id: "7"
          name: 业务培训
          points: 10
          criterion: 民警年度集中业务培训时间不少于5天，岗位练兵考核合格率达到90%
          evidence: 培训签到表及考试成绩
          owner: 政治处
"""

FILES["gansu-prisons-2024.txt"] = """\
2024年度民警网络学习教育考核办法

为推进学习型机关建设，结合本监狱实际，制定本办法。

一、学习要求
（一）全体民警每日登录网络学习平台在线打卡学习，打卡率不低于95%，每缺1次打卡扣0.1分。  ⟦checkin⟧
（二）每名民警每日在线学习时长不少于30分钟，按月统计。  ⟦online-time⟧

二、积分管理
（一）学习平台积分纳入年度考核，每季度对各监区积分进行排名通报。  ⟦points-ranking⟧
（二）学习积分作为干部提拔任用、评优评先的硬性条件。  ⟦points-ranking⟧

三、其他考核内容
（一）全年实现无罪犯脱逃、无重大狱内案件、无重大安全生产事故。
（二）罪犯文化技术教育结业率达到规定要求，刑满释放人员重新犯罪率同比下降。
（三）民警年度集中业务培训时间不少于5天，岗位练兵考核合格率达到90%。
"""

FILES["gansu-prisons-2024-compliant.yaml"] = """\
scheme:
  title: 2024年度民警教育培训考核办法（修订）
  issuer: 甘肃省某监狱政治处
  year: 2024
  applies_to: [全体民警]
  sections:
    - title: 一、教育培训
      items:
        - id: "1"
          name: 业务培训
          points: 15
          criterion: 民警年度集中业务培训时间不少于5天，岗位练兵考核合格率达到90%
          evidence: 培训签到表及考试成绩
          owner: 政治处
        - id: "2"
          name: 网络学习
          points: 0
          criterion: 网络学习平台供民警自主选学，取消学习打卡、积分排名和在线时长考核，学习积分不与评优评先、提拔任用挂钩
          evidence: 不作考核计分
          owner: 政治处
    - title: 二、监管安全与教育改造
      items:
        - id: "3"
          name: 监管安全
          points: 25
          criterion: 全年实现无罪犯脱逃、无重大狱内案件、无重大安全生产事故
          scoring: 发生其中一项的本项不得分
          evidence: 监狱管理局安全考评
          owner: 狱政管理科
        - id: "4"
          name: 教育改造质量
          points: 20
          criterion: 罪犯文化技术教育入学率、结业率达到规定要求，刑满释放人员重新犯罪率同比下降
          evidence: 教育改造科台账
          owner: 教育改造科
"""

FILES["gansu-prisons-2024-compliant.txt"] = """\
2024年度民警教育培训考核办法（修订稿）

根据驻厅纪检监察组监察建议书，对原办法作如下修订。

一、取消民警在线打卡学习、学习积分排名和在线学习时长考核，学习积分不得作为提拔任用、评优评先的条件。
二、网络学习平台供民警利用工作间隙自主选学，不得要求民警在休息时间签到打卡。
三、民警年度集中业务培训时间不少于5天，岗位练兵考核合格率达到90%。
四、全年实现无罪犯脱逃、无重大狱内案件、无重大安全生产事故。
五、罪犯文化技术教育结业率达到规定要求，刑满释放人员重新犯罪率同比下降。
"""

# ---------------------------------------------------------------- gaoyou
FILES["gaoyou.yaml"] = """\
scheme:
  title: 2023年度政务信息平台推广应用考核评分细则
  issuer: 高邮市某部门
  year: 2023
  applies_to: [各镇（街道）, 市直各部门]
  sections:
    - title: 一、平台应用
      items:
        - id: "1.1"
          name: 平台使用率  ⟦app-usage-metric⟧
          points: 10
          criterion: 各镇（街道）政务信息平台使用率、点击率均达到90%以上  ⟦app-usage-metric⟧
          scoring: 每低1个百分点扣0.5分
          evidence: 平台后台统计数据
          owner: 市大数据管理局
        - id: "1.2"
          name: 平台应用
          points: 5
          criterion: 村（社区）工作人员每日登录平台，登录率不低于95%  ⟦app-usage-metric⟧
          scoring: 每低1个百分点扣0.2分
          owner: 市大数据管理局
        - id: "1.3"
          name: 工作推进
          points: 5
          criterion: 按周、按月对各镇（街道）平台使用率进行排名通报  ⟦app-usage-metric,points-ranking⟧
          scoring: 月度排名末位的扣1分
          owner: 市大数据管理局
        - id: "1.4"
          name: 网格巡查
          points: 5
          criterion: 网格员每日通过平台拍照上传巡查照片，以照片为准计算巡查次数  ⟦trace-evidence⟧
          scoring: 未上传照片的视为未巡查
          owner: 市大数据管理局
    - title: 二、为民服务实效
      items:
        - id: "2.1"
          name: 诉求办理
          points: 15
          criterion: 群众诉求按期办结率达到98%，群众满意率达到90%以上
          scoring: 每低1个百分点扣0.5分
          evidence: 12345热线系统及回访
          owner: 市12345热线服务中心
        - id: "2.2"
          name: 网格事件处置
          points: 10
          criterion: 网格员发现的问题事件按时处置率达到95%，重大隐患当日上报
          evidence: 网格化服务管理中心台账
          owner: 市委政法委
        - id: "2.3"
          name: 数据共享
          points: 5
          criterion: 部门间数据共享目录编制完成率100%，同一数据“一次采集、多方共用”
          evidence: 数据共享目录
          owner: 市大数据管理局
"""

FILES["gaoyou.txt"] = """\
高邮市2023年度政务信息平台推广应用考核评分细则

一、平台应用（25分）
1. 各镇（街道）政务信息平台使用率、点击率均达到90%以上，每低1个百分点扣0.5分。  ⟦app-usage-metric⟧
2. 村（社区）工作人员每日登录平台，登录率不低于95%。  ⟦app-usage-metric⟧
3. 按周、按月对各镇（街道）平台使用率进行排名通报，月度排名末位的扣1分。  ⟦app-usage-metric,points-ranking⟧
4. 网格员每日通过平台拍照上传巡查照片，以照片为准计算巡查次数，未上传照片的视为未巡查。  ⟦trace-evidence⟧

二、为民服务实效（30分）
5. 群众诉求按期办结率达到98%，群众满意率达到90%以上。
6. 网格员发现的问题事件按时处置率达到95%，重大隐患当日上报。
7. 部门间数据共享目录编制完成率100%，同一数据“一次采集、多方共用”。
"""

FILES["gaoyou-compliant.yaml"] = """\
scheme:
  title: 2023年度政务信息平台建设应用考核评分细则（修订）
  issuer: 高邮市某部门
  year: 2023
  applies_to: [各镇（街道）, 市直各部门]
  sections:
    - title: 一、为民服务实效
      items:
        - id: "1.1"
          name: 诉求办理
          points: 20
          criterion: 群众诉求按期办结率达到98%，群众满意率达到90%以上
          scoring: 每低1个百分点扣0.5分
          evidence: 12345热线系统及回访
          owner: 市12345热线服务中心
        - id: "1.2"
          name: 网格事件处置
          points: 15
          criterion: 网格员发现的问题事件按时处置率达到95%，重大隐患当日上报
          evidence: 网格化服务管理中心台账及实地抽查
          owner: 市委政法委
        - id: "1.3"
          name: 数据共享
          points: 10
          criterion: 部门间数据共享目录编制完成率100%，同一数据“一次采集、多方共用”
          evidence: 数据共享目录
          owner: 市大数据管理局
    - title: 二、平台规范应用
      items:
        - id: "2.1"
          name: 平台功能优化
          points: 5
          criterion: 基层反映的平台功能问题按期解决率达到90%，功能重复的平台完成整合
          evidence: 问题台账
          owner: 市大数据管理局
        - id: "2.2"
          name: 规范要求
          points: 0
          criterion: 严禁以学习打卡、拍照上传等形式提高使用率、点击率，不对平台使用情况进行排名通报
          evidence: 不作考核计分
          owner: 市大数据管理局
"""

FILES["gaoyou-compliant.txt"] = """\
高邮市2023年度政务信息平台建设应用考核评分细则（修订稿）

一、为民服务实效（45分）
1. 群众诉求按期办结率达到98%，群众满意率达到90%以上。
2. 网格员发现的问题事件按时处置率达到95%，重大隐患当日上报，以实地抽查核实处置效果。
3. 部门间数据共享目录编制完成率100%，同一数据“一次采集、多方共用”。

二、平台规范应用（5分）
4. 基层反映的平台功能问题按期解决率达到90%，功能重复的平台完成整合。
5. 严禁以“学习打卡”“拍照上传”等形式提高使用率、点击率。
6. 取消对平台使用率、点击率的周排名、月通报。
"""

# ---------------------------------------------------------------- yiwu
FILES["yiwu.yaml"] = """\
scheme:
  title: 2023年度社区工作综合考核细则
  issuer: 义乌市某街道办事处
  year: 2023
  applies_to: [各社区]
  sections:
    - title: 一、信息系统应用
      items:
        - id: "1.1"
          name: 系统应用
          points: 6
          criterion: 社区工作人员每日登录街道要求的18个业务系统，各系统登录率达到100%  ⟦app-usage-metric⟧
          scoring: 每低1个百分点扣0.2分
          evidence: 各系统后台统计
          owner: 街道党政办
        - id: "1.2"
          name: 人口信息采集
          points: 6
          criterion: 流动人口信息须同时在“基层治理四平台”、“浙政钉”工作台和“网格通”系统中分别录入  ⟦duplicate-reporting⟧
          scoring: 任一系统未录入的每条扣0.1分
          evidence: 三个系统数据比对
          owner: 街道平安办
        - id: "1.3"
          name: 报表报送
          points: 4
          criterion: 同一月度统计报表须同时通过浙政钉报送和纸质盖章报送  ⟦duplicate-reporting⟧
          scoring: 缺报一处扣0.5分
          owner: 街道党政办
    - title: 二、社区治理
      items:
        - id: "2.1"
          name: 居民诉求办理
          points: 10
          criterion: 居民诉求受理后按期办结率达到98%，回访满意率不低于95%
          evidence: 诉求办理台账及电话回访
          owner: 街道社会事务办
        - id: "2.2"
          name: 垃圾分类
          points: 8
          criterion: 生活垃圾分类准确率达到85%，居民垃圾分类积分兑换活动每季度开展1次
          evidence: 实地检查
          owner: 街道城管办
        - id: "2.3"
          name: 消防安全
          points: 6
          criterion: 出租房消防隐患整改率100%，全年无亡人火灾
          evidence: 消防检查记录
          owner: 街道应急消防管理站
"""

FILES["yiwu.txt"] = """\
2023年度社区工作综合考核细则

一、信息系统应用（16分）
1. 社区工作人员每日登录街道要求的18个业务系统，各系统登录率达到100%，每低1个百分点扣0.2分。  ⟦app-usage-metric⟧
2. 流动人口信息须同时在“基层治理四平台”、“浙政钉”工作台和“网格通”系统中分别录入，任一系统未录入的每条扣0.1分。  ⟦duplicate-reporting⟧
3. 同一月度统计报表须同时通过浙政钉报送和纸质盖章报送，缺报一处扣0.5分。  ⟦duplicate-reporting⟧

二、社区治理（24分）
4. 居民诉求受理后按期办结率达到98%，回访满意率不低于95%。
5. 生活垃圾分类准确率达到85%，居民垃圾分类积分兑换活动每季度开展1次。
6. 出租房消防隐患整改率100%，全年无亡人火灾。
"""

FILES["yiwu-compliant.yaml"] = """\
scheme:
  title: 2023年度社区工作综合考核细则（修订）
  issuer: 义乌市某街道办事处
  year: 2023
  applies_to: [各社区]
  sections:
    - title: 一、社区治理
      items:
        - id: "1.1"
          name: 居民诉求办理
          points: 15
          criterion: 居民诉求受理后按期办结率达到98%，回访满意率不低于95%
          evidence: 诉求办理台账及电话回访
          owner: 街道社会事务办
        - id: "1.2"
          name: 流动人口服务管理
          points: 10
          criterion: 流动人口信息“一次采集、多方共享”，在基层治理四平台一处录入，其他系统通过数据共享获取，不得要求社区重复填报
          evidence: 实地抽查信息准确率
          owner: 街道平安办
        - id: "1.3"
          name: 垃圾分类
          points: 8
          criterion: 生活垃圾分类准确率达到85%，居民垃圾分类积分兑换活动每季度开展1次
          evidence: 实地检查
          owner: 街道城管办
        - id: "1.4"
          name: 消防安全
          points: 7
          criterion: 出租房消防隐患整改率100%，全年无亡人火灾
          evidence: 消防检查记录
          owner: 街道应急消防管理站
"""

FILES["yiwu-compliant.txt"] = """\
2023年度社区工作综合考核细则（修订稿）

一、社区治理（40分）
1. 居民诉求受理后按期办结率达到98%，回访满意率不低于95%。
2. 流动人口信息在基层治理四平台一处录入，其他系统通过数据共享获取，不得要求社区多头填报、重复填报。
3. 生活垃圾分类准确率达到85%，居民垃圾分类积分兑换活动每季度开展1次。
4. 出租房消防隐患整改率100%，全年无亡人火灾。

二、说明
街道已将社区需操作的业务系统由18个整合为5个，各系统登录情况不作考核。
"""

# ---------------------------------------------------------------- shanghai
FILES["shanghai.yaml"] = """\
scheme:
  title: 居村工作年度考核评分表
  issuer: 上海市某区民政局
  year: 2023
  applies_to: [各居民区, 各村]
  sections:
    - title: 一、信息填报
      items:
        - id: "1"
          name: 信息工作
          points: 8
          criterion: 按时完成区级38个信息系统的数据填报，每月填报记录不少于200条  ⟦data-entry-quota⟧
          scoring: 每少10条扣0.5分
          evidence: 各系统后台数据
          owner: 区民政局
        - id: "2"
          name: 基础信息一致
          points: 6
          criterion: 居民基础信息须同时在“社区云”平台、民政条线系统和区网格化平台分别填报，三处数据保持一致  ⟦duplicate-reporting⟧
          scoring: 发现不一致的每条扣0.1分
          owner: 区民政局
        - id: "3"
          name: 工作调度
          points: 4
          criterion: 各居村填报条数每季度排名通报  ⟦data-entry-quota,points-ranking⟧
          owner: 区民政局
    - title: 二、为民服务
      items:
        - id: "4"
          name: 证明事项精简
          points: 8
          criterion: 居村出具证明事项严格控制在清单范围内，清单外证明一律不予出具
          evidence: 证明事项台账抽查
          owner: 区民政局
        - id: "5"
          name: 居民满意度
          points: 10
          criterion: 居民对居村委会服务满意率不低于92%
          scoring: 第三方测评，每低1个百分点扣0.5分
          evidence: 第三方测评报告
          owner: 区民政局
        - id: "6"
          name: 为老服务
          points: 6
          criterion: 独居老人月探访覆盖率100%，助餐服务点按规划建成
          evidence: 实地检查及老人回访
          owner: 区民政局
"""

FILES["shanghai.txt"] = """\
居村工作年度考核评分表（说明）

一、信息填报（18分）
1. 按时完成区级38个信息系统的数据填报，每月填报记录不少于200条，每少10条扣0.5分。  ⟦data-entry-quota⟧
2. 居民基础信息须同时在“社区云”平台、民政条线系统和区网格化平台分别填报，三处数据保持一致。  ⟦duplicate-reporting⟧
3. 各居村填报条数每季度排名通报。  ⟦data-entry-quota,points-ranking⟧

二、为民服务（24分）
4. 居村出具证明事项严格控制在清单范围内，清单外证明一律不予出具。
5. 居民对居村委会服务满意率不低于92%，由第三方测评。
6. 独居老人月探访覆盖率100%，助餐服务点按规划建成。
"""

FILES["shanghai-compliant.yaml"] = """\
scheme:
  title: 居村工作年度考核评分表（修订）
  issuer: 上海市某区民政局
  year: 2023
  applies_to: [各居民区, 各村]
  sections:
    - title: 一、为民服务
      items:
        - id: "1"
          name: 证明事项精简
          points: 10
          criterion: 居村出具证明事项严格控制在清单范围内，清单外证明一律不予出具
          evidence: 证明事项台账抽查
          owner: 区民政局
        - id: "2"
          name: 居民满意度
          points: 15
          criterion: 居民对居村委会服务满意率不低于92%
          scoring: 第三方测评，每低1个百分点扣0.5分
          evidence: 第三方测评报告
          owner: 区民政局
        - id: "3"
          name: 为老服务
          points: 10
          criterion: 独居老人月探访覆盖率100%，助餐服务点按规划建成
          evidence: 实地检查及老人回访
          owner: 区民政局
    - title: 二、减负要求
      items:
        - id: "4"
          name: 信息系统精简
          points: 0
          criterion: 居村填报信息系统由38个精简至15个，同一数据一处填报、多方共享，填报数量不作考核
          evidence: 不作考核计分
          owner: 区民政局
"""

FILES["shanghai-compliant.txt"] = """\
居村工作年度考核评分表（修订说明）

一、为民服务（35分）
1. 居村出具证明事项严格控制在清单范围内，清单外证明一律不予出具。
2. 居民对居村委会服务满意率不低于92%，由第三方测评。
3. 独居老人月探访覆盖率100%，助餐服务点按规划建成。

二、减负要求
4. 居村填报信息系统由38个精简至15个，同一数据一处填报、多方共享。
5. 取消按填报条数排名通报，不得要求居村在多个平台重复填报同一数据。
"""

# ------------------------------------------------------------ qingjiangpu-2024
FILES["qingjiangpu-2024.yaml"] = """\
scheme:
  title: 2024年老旧小区改造项目安全生产工作考核细则
  issuer: 淮安市清江浦区某单位
  year: 2024
  applies_to: [各改造项目建设单位, 施工单位, 监理单位]
  sections:
    - title: 一、隐患交办
      items:
        - id: "1"
          name: 隐患信息响应
          points: 10
          criterion: 安全巡查员在项目工作群发布的隐患信息，项目安全员、监理人员须在10分钟内回复“收到”  ⟦chat-group-burden⟧
          scoring: 超时回复的每次扣0.5分
          evidence: 区住建局现场抽查
          owner: 区住建局
        - id: "2"
          name: 隐患交办
          points: 5
          criterion: 以群内回复“收到”作为隐患交办完成的依据  ⟦chat-group-burden⟧
          owner: 区住建局
        - id: "3"
          name: 日常巡查
          points: 5
          criterion: 项目安全员每日拍照上传现场巡查照片，以照片为准计算巡查次数  ⟦trace-evidence⟧
          scoring: 缺少照片的视为当日未巡查
          owner: 区住建局
    - title: 二、安全管理实效
      items:
        - id: "4"
          name: 隐患整改
          points: 20
          criterion: 重大安全隐患当场责令停工，隐患按期整改率100%
          scoring: 逾期未整改的每处扣2分
          evidence: 书面整改通知书及现场复查记录
          owner: 区住建局
        - id: "5"
          name: 安全事故
          points: 20
          criterion: 全年无生产安全责任事故
          scoring: 发生事故的本项不得分
          evidence: 区应急管理局事故统计
          owner: 区应急管理局
        - id: "6"
          name: 安全教育
          points: 5
          criterion: 施工人员进场三级安全教育覆盖率100%
          evidence: 现场抽查
          owner: 区住建局
"""

FILES["qingjiangpu-2024.txt"] = """\
2024年老旧小区改造项目安全生产工作考核细则

一、隐患交办（20分）
1. 安全巡查员在项目工作群发布的隐患信息，项目安全员、监理人员须在10分钟内回复“收到”，超时回复的每次扣0.5分。  ⟦chat-group-burden⟧
2. 以群内回复“收到”作为隐患交办完成的依据。  ⟦chat-group-burden⟧
3. 项目安全员每日拍照上传现场巡查照片，以照片为准计算巡查次数，缺少照片的视为当日未巡查。  ⟦trace-evidence⟧

二、安全管理实效（45分）
4. 重大安全隐患当场责令停工，隐患按期整改率100%，逾期未整改的每处扣2分。
5. 全年无生产安全责任事故，发生事故的本项不得分。
6. 施工人员进场三级安全教育覆盖率100%。
"""

FILES["qingjiangpu-2024-compliant.yaml"] = """\
scheme:
  title: 2024年老旧小区改造项目安全生产工作考核细则（修订）
  issuer: 淮安市清江浦区某单位
  year: 2024
  applies_to: [各改造项目建设单位, 施工单位, 监理单位]
  sections:
    - title: 一、安全管理实效
      items:
        - id: "1"
          name: 隐患处置
          points: 25
          criterion: 发现重大安全隐患须当场责令停工并下达书面整改通知，隐患按期整改率100%
          scoring: 发现隐患未及时停工的本项不得分
          evidence: 书面整改通知书及现场复查记录
          owner: 区住建局
        - id: "2"
          name: 安全事故
          points: 20
          criterion: 全年无生产安全责任事故
          scoring: 发生事故的本项不得分
          evidence: 区应急管理局事故统计
          owner: 区应急管理局
        - id: "3"
          name: 安全教育
          points: 5
          criterion: 施工人员进场三级安全教育覆盖率100%
          evidence: 现场抽查
          owner: 区住建局
        - id: "4"
          name: 工作群使用规范
          points: 0
          criterion: 工作群仅用于发布通知，不得以群内回复“收到”代替现场处置，群内回复情况不纳入考核
          evidence: 不作考核计分
          owner: 区住建局
"""

FILES["qingjiangpu-2024-compliant.txt"] = """\
2024年老旧小区改造项目安全生产工作考核细则（修订稿）

一、安全管理实效（50分）
1. 发现重大安全隐患须当场责令停工并下达书面整改通知，隐患按期整改率100%。
2. 全年无生产安全责任事故，发生事故的本项不得分。
3. 施工人员进场三级安全教育覆盖率100%，由监理单位现场抽查。

二、工作要求
4. 针对此前隐患信息在群内回复“收到”、无人叫停施工的问题立即整改。
5. 工作群仅用于发布通知，不得以群内回复“收到”代替现场处置，群内回复情况不纳入考核。
"""

# ---------------------------------------------------------------- yunnan-2024
FILES["yunnan-2024.yaml"] = """\
scheme:
  title: 2024年度机关干部网络学习考核细则
  issuer: 云南省某州直部门
  year: 2024
  applies_to: [机关全体干部职工]
  sections:
    - title: 一、网络学习
      items:
        - id: "1"
          name: 平台应用
          points: 5
          criterion: 干部职工全员下载安装“干部网络学院”APP，安装率达到100%  ⟦install-registration-quota⟧
          scoring: 每有1人未安装扣0.5分
          owner: 机关党委
        - id: "2"
          name: 日常学习
          points: 5
          criterion: 每个工作日登录APP签到打卡，月签到率不低于90%  ⟦checkin⟧
          scoring: 每低1个百分点扣0.1分
          owner: 机关党委
        - id: "3"
          name: 学习评比
          points: 5
          criterion: 每月对各处室学习积分进行排名，排名情况在机关内通报  ⟦points-ranking⟧
          owner: 机关党委
        - id: "4"
          name: 在线时长  ⟦online-time⟧
          points: 5
          criterion: 每人每月在线学习时长不少于20小时  ⟦online-time⟧
          scoring: 未达标的每人扣0.2分
          evidence: 平台统计的在线时长  ⟦online-time⟧
          owner: 机关党委
    - title: 二、理论学习与业务能力
      items:
        - id: "5"
          name: 理论学习中心组
          points: 10
          criterion: 全年开展理论学习中心组集体学习不少于12次，形成调研报告不少于2篇
          evidence: 学习记录及调研报告
          owner: 机关党委
        - id: "6"
          name: 专题培训
          points: 10
          criterion: 干部参加专题培训结业率100%，培训测试合格率达到95%
          evidence: 培训结业证书及测试成绩
          owner: 人事处
        - id: "7"
          name: 服务对象评价
          points: 10
          criterion: 服务对象对部门工作满意度不低于90%
          evidence: 第三方测评
          owner: 办公室
"""

FILES["yunnan-2024.txt"] = """\
2024年度机关干部网络学习考核细则

一、网络学习（20分）
（一）干部职工全员下载安装“干部网络学院”APP，安装率达到100%，每有1人未安装扣0.5分。  ⟦install-registration-quota⟧
（二）每个工作日登录APP签到打卡，月签到率不低于90%。  ⟦checkin⟧
（三）每月对各处室学习积分进行排名，排名情况在机关内通报。  ⟦points-ranking⟧
（四）每人每月在线学习时长不少于20小时，以平台统计的在线时长为准。  ⟦online-time⟧

二、理论学习与业务能力（30分）
（一）全年开展理论学习中心组集体学习不少于12次，形成调研报告不少于2篇。
（二）干部参加专题培训结业率100%，培训测试合格率达到95%。
（三）服务对象对部门工作满意度不低于90%，由第三方测评。
"""

FILES["yunnan-2024-compliant.yaml"] = """\
scheme:
  title: 2024年度机关干部学习培训考核细则（修订）
  issuer: 云南省某州直部门
  year: 2024
  applies_to: [机关全体干部职工]
  sections:
    - title: 一、理论学习与业务能力
      items:
        - id: "1"
          name: 理论学习中心组
          points: 15
          criterion: 全年开展理论学习中心组集体学习不少于12次，形成调研报告不少于2篇
          evidence: 学习记录及调研报告
          owner: 机关党委
        - id: "2"
          name: 专题培训
          points: 15
          criterion: 干部参加专题培训结业率100%，培训测试合格率达到95%
          evidence: 培训结业证书及测试成绩
          owner: 人事处
        - id: "3"
          name: 服务对象评价
          points: 15
          criterion: 服务对象对部门工作满意度不低于90%
          evidence: 第三方测评
          owner: 办公室
        - id: "4"
          name: 网络学习
          points: 0
          criterion: 干部可自愿使用“干部网络学院”APP学习，不强制下载安装，不搞打卡签到、积分排名，不统计在线时长
          evidence: 不作考核计分
          owner: 机关党委
"""

FILES["yunnan-2024-compliant.txt"] = """\
2024年度机关干部学习培训考核细则（修订稿）

一、理论学习与业务能力（45分）
（一）全年开展理论学习中心组集体学习不少于12次，形成调研报告不少于2篇。
（二）干部参加专题培训结业率100%，培训测试合格率达到95%。
（三）服务对象对部门工作满意度不低于90%，由第三方测评。

二、网络学习
（一）干部可根据工作需要自愿使用“干部网络学院”APP开展学习。
（二）不得强制下载安装，不得要求打卡签到，不搞积分排名，不统计在线时长。
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for name in sorted(FILES):
        out_lines = []
        for n, line in enumerate(FILES[name].split("\n"), 1):
            m = MARK.search(line)
            if m:
                cats = m.group(1).split(",")
                for c in cats:
                    if c not in CATEGORIES:
                        sys.exit(f"{name}:{n}: unknown category {c}")
                    rows.append((f"fixtures/cases/{name}", n, c))
                line = line[:m.start()]
                if "-compliant" in name:
                    sys.exit(f"{name}:{n}: a compliant fixture has a marker")
            out_lines.append(line)
        text = "\n".join(out_lines)
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tline\tcategory\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{r[2]}\n")
    print(f"wrote {len(FILES)} fixtures, {len(rows)} expected findings")


if __name__ == "__main__":
    main()
