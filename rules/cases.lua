-- The precedent case library: the cases reported in shared/seeds that jianfu's
-- rules are modelled on.  Rules name these ids in `precedents`; `jianfu cases`
-- lists them.  Each case has a violating plan and its compliant rewrite in
-- fixtures/cases/ (as a YAML scheme and as prose); fixtures/cases/expected.tsv
-- lists the findings they must give.

jianfu.case {
  id = "yihuang-2023",
  place = "江西省宜黄县",
  year = "2023",
  summary = "宜黄县某单位要求各乡镇“赣政通”APP活跃率不得低于80%，否则在年度考核中扣分；县委对有关负责人进行提醒，要求立行立改，并明确各部门不得以“电子化数据”考核等方式加重基层负担。",
  seed = "000_c4d0b5ba15db9074.txt",
  fixtures = {
    "fixtures/cases/yihuang-2023.yaml", "fixtures/cases/yihuang-2023.txt",
    "fixtures/cases/yihuang-2023-compliant.yaml", "fixtures/cases/yihuang-2023-compliant.txt",
  },
}

jianfu.case {
  id = "qiqihar-2023",
  place = "黑龙江省齐齐哈尔市",
  year = "2023",
  summary = "齐齐哈尔市在参与公益活动期间以行政命令强行摊派点赞任务，有的县（区）要求每个社区每天完成500个点赞任务，学校、医院要求教师、学生、家长和医护人员全员参与，班主任汇总全班“点赞”证书照片打包上传；该问题被中央作为典型案例通报。",
  seed = "001_193091cc236bf623.txt",
  fixtures = {
    "fixtures/cases/qiqihar-2023.yaml", "fixtures/cases/qiqihar-2023.txt",
    "fixtures/cases/qiqihar-2023-compliant.yaml", "fixtures/cases/qiqihar-2023-compliant.txt",
  },
}

jianfu.case {
  id = "yuechi-2023",
  place = "四川省岳池县",
  year = "2023",
  summary = "岳池县综治中心为推广“随手调”App，向27个乡镇（街道）下达录入矛盾纠纷信息年度任务数并搞“月通报”，部分乡镇在压力下编造虚假纠纷信息；四川省予以通报。",
  seed = "001_193091cc236bf623.txt",
  fixtures = {
    "fixtures/cases/yuechi-2023.yaml", "fixtures/cases/yuechi-2023.txt",
    "fixtures/cases/yuechi-2023-compliant.yaml", "fixtures/cases/yuechi-2023-compliant.txt",
  },
}

jianfu.case {
  id = "qilian-2024",
  place = "青海省祁连县",
  year = "2024",
  summary = "祁连县卫生健康局先后建立18个微信工作群，群内人数最多达358人且职能重复，基层干部回复应答耗费大量时间和精力；海北州将其作为“指尖上的形式主义”典型问题通报。",
  seed = "001_193091cc236bf623.txt",
  fixtures = {
    "fixtures/cases/qilian-2024.yaml", "fixtures/cases/qilian-2024.txt",
    "fixtures/cases/qilian-2024-compliant.yaml", "fixtures/cases/qilian-2024-compliant.txt",
  },
}

jianfu.case {
  id = "gansu-prisons-2024",
  place = "甘肃省监狱戒毒系统",
  year = "2024",
  summary = "甘肃省监狱戒毒系统部分基层单位以行政命令强制要求民警在线打卡学习，将积分纳入考核指标，并作为干部提拔任用、评优评先的硬性条件；驻省司法厅纪检监察组发出监察建议书，要求不得设置刚性约束指标、不得随意纳入考核内容。",
  seed = "002_e8596072f64b8e88.txt",
  fixtures = {
    "fixtures/cases/gansu-prisons-2024.yaml", "fixtures/cases/gansu-prisons-2024.txt",
    "fixtures/cases/gansu-prisons-2024-compliant.yaml", "fixtures/cases/gansu-prisons-2024-compliant.txt",
  },
}

jianfu.case {
  id = "gaoyou",
  place = "江苏省高邮市",
  year = "2024",
  summary = "高邮市纪委监委调研发现，一些单位将信息平台、手机APP的使用率、点击率纳入考核并按周、按月排名通报，导致一人多机刷点击率、登录率；纪委监委要求严禁以“学习打卡”“拍照上传”等形式提高使用率、点击率。",
  seed = "004_048ab7372e8828ec.txt",
  fixtures = {
    "fixtures/cases/gaoyou.yaml", "fixtures/cases/gaoyou.txt",
    "fixtures/cases/gaoyou-compliant.yaml", "fixtures/cases/gaoyou-compliant.txt",
  },
}

jianfu.case {
  id = "yiwu",
  place = "浙江省义乌市",
  year = "2023",
  summary = "义乌市某街道开展专项整治前，有的工作人员一天最多需要操作18个系统，“指尖之便”演化成“指尖之累”；市纪委监委推动清理整合。",
  seed = "000_c4d0b5ba15db9074.txt",
  fixtures = {
    "fixtures/cases/yiwu.yaml", "fixtures/cases/yiwu.txt",
    "fixtures/cases/yiwu-compliant.yaml", "fixtures/cases/yiwu-compliant.txt",
  },
}

jianfu.case {
  id = "shanghai",
  place = "上海市",
  year = "2024",
  summary = "上海市开展减证明、减系统、减考核、减挂牌“四减”行动，居村填报信息系统由38个精简至15个，出具证明由47项精简至3项。",
  seed = "001_193091cc236bf623.txt",
  fixtures = {
    "fixtures/cases/shanghai.yaml", "fixtures/cases/shanghai.txt",
    "fixtures/cases/shanghai-compliant.yaml", "fixtures/cases/shanghai-compliant.txt",
  },
}

jianfu.case {
  id = "qingjiangpu-2024",
  place = "江苏省淮安市清江浦区",
  year = "2024",
  summary = "清江浦区一老旧小区改造项目的安全隐患在工作群内多次发布，项目安全员、监理和总工程师都在群里回复“收到”，却无人叫停施工，2小时后发生安全事故；区纪委监委查处5人，直接责任人被给予撤职处分。",
  seed = "002_e8596072f64b8e88.txt",
  fixtures = {
    "fixtures/cases/qingjiangpu-2024.yaml", "fixtures/cases/qingjiangpu-2024.txt",
    "fixtures/cases/qingjiangpu-2024-compliant.yaml", "fixtures/cases/qingjiangpu-2024-compliant.txt",
  },
}

jianfu.case {
  id = "yunnan-2024",
  place = "云南省",
  year = "2024",
  summary = "云南省委网信办公开征集“指尖上的形式主义”问题线索，持续整治强制下载安装、打卡签到、积分排名、统计在线时长等问题。",
  seed = "001_193091cc236bf623.txt",
  fixtures = {
    "fixtures/cases/yunnan-2024.yaml", "fixtures/cases/yunnan-2024.txt",
    "fixtures/cases/yunnan-2024-compliant.yaml", "fixtures/cases/yunnan-2024-compliant.txt",
  },
}
