#!/usr/bin/env python3
"""bench_gen.py — the deterministic benchmark corpus for tools/bench.

Writes, under OUT (default build/bench):
  big.md           one file of --size-mb MB
  many/dNN/*.md    ~10 KB files, --size-mb/2 MB in all (100 files per directory)
  subset/          the first ~--subset-mb MB of many/ (hard links), for slow tools (textlint)
  small.md         one short assessment plan (single-file latency)
  gb/              with --gb: hard-linked copies of many/ until they hold 1 GiB
The text mixes plan-like clauses (violating and compliant) with ordinary administrative prose,
mostly simplified with ~10% of paragraphs in traditional characters, as Markdown. The same
seed and sizes give byte-identical files; a stamp file makes re-runs free.

Usable as a module: FALLBACK_TERMS is the trigger list tools/bench uses when
`jianfu rules triggers` does not work.
"""
import argparse
import os
import random
import shutil
import sys

# What the rules in TAXONOMY.md look for: metrics, then the same metrics named together with the
# platforms and accounts they are measured on, which is how real trigger lists grow to ~300.
METRICS = [
    "活跃率", "活跃度", "日活", "使用率", "登录率", "上线率", "点击率", "访问量", "浏览量",
    "下载量", "安装量", "装机率", "注册量", "注册率", "实名注册", "关注量", "订阅数",
    "点赞", "转发", "评论", "分享", "投票", "拉票", "刷票", "阅读量",
    "打卡", "签到", "学习打卡", "定位打卡", "视频打卡",
    "在线时长", "在线时间", "学习时长", "在线率", "挂机",
    "积分", "积分排名", "排名通报", "周通报", "月通报",
    "拍照上传", "截图上传", "留痕", "以照片为准", "打包上传",
    "录入任务", "上报不少于", "信息报送", "报送数量",
    "回复收到", "群内接龙", "入群率", "工作群",
    "多头填报", "重复填报", "同时在",
]
PLATFORMS = ["APP", "政务APP", "小程序", "公众号", "平台", "学习强国", "赣政通", "随手调",
             "微信群", "视频号", "抖音号"]
PLATFORM_METRICS = ["活跃率", "活跃度", "使用率", "登录率", "下载量", "安装量", "注册量",
                    "关注量", "阅读量", "点赞", "转发", "积分", "打卡", "在线时长",
                    "访问量", "浏览量", "订阅数", "上线率", "装机率", "注册率", "点击率",
                    "评论", "分享", "签到", "学习时长"]
LINKS = ["纳入考核", "纳入年度考核", "作为评优评先", "提拔任用依据", "扣分", "不得低于",
         "不少于", "不低于", "通报排名", "考核细则", "评分标准", "全员下载安装", "每天完成"]


def fallback_terms():
  terms, seen = [], set()
  for t in METRICS + [p + m for p in PLATFORMS for m in PLATFORM_METRICS] + LINKS:
    if t not in seen:
      seen.add(t)
      terms.append(t)
  return terms


FALLBACK_TERMS = fallback_terms()

UNITS = ["各乡镇", "各街道", "各村（社区）", "各县（市、区）", "市直各单位", "各部门", "各学校",
         "各派出所", "各网格员", "各驻村工作队"]
APPS = ["“赣政通”APP", "政务APP", "“学习强国”", "“随手调”平台", "微信公众号", "政务服务平台",
        "“平安乡村”小程序", "网格化管理平台", "视频号", "工作群"]
VIOLATIONS = [
    "{u}{a}活跃率不得低于{p}%，否则扣分",
    "{u}{a}下载量达到{n}人次，未完成的年度考核扣{k}分",
    "{u}每日在{a}学习打卡，打卡率纳入绩效考核",
    "{u}每天完成{n}个点赞任务，转发量按月通报排名",
    "{a}在线时长每月不少于{h}小时，作为评优评先依据",
    "{u}{a}积分排名后三位的，取消年度评优资格",
    "工作完成情况以拍照上传{a}为准，每周上传不少于{n}张",
    "{u}每月在{a}上报信息不少于{n}条，录入任务数纳入考核",
    "工作群内{m}分钟内回复“收到”，未回复的通报批评",
    "{u}{a}注册率达到{p}%以上，按注册量计分",
    "{a}关注量、阅读量作为宣传工作考核指标，每少{n}个扣{k}分",
]
COMPLIANT = [
    "办结率达到{p}%",
    "群众满意度不低于{p}%",
    "不得将打卡纳入考核",
    "不得将{a}下载量、活跃度纳入考核",
    "取消学习打卡考核，严禁以拍照上传等形式提高使用率",
    "鼓励通过{a}办理审批事项",
    "矛盾纠纷化解率达到{p}%，按时完成率不低于{p}%",
    "针对{a}活跃率达到{p}%的问题立即整改",
    "对工作中涌现的先进典型予以通报表扬，为基层干部点赞",
    "及时转发上级文件，下载附件填报后按时报送",
    "会议签到表由办公室统一保管",
    "{u}按规定清理整合{a}，坚决整治“指尖上的形式主义”",
]
PROSE = [
    "为深入贯彻落实党中央、国务院关于整治形式主义为基层减负的决策部署，结合本地实际，制定本方案",
    "坚持以人民为中心的发展思想，着力解决群众急难愁盼问题",
    "进一步完善工作机制，压实主体责任，推动各项任务落地见效",
    "各地各部门要高度重视，加强组织领导，明确责任分工，确保工作取得实效",
    "统筹推进乡村振兴、基层治理和民生保障各项工作",
    "加强政策宣传解读，及时回应社会关切，营造良好舆论氛围",
    "建立健全长效机制，定期开展督导检查，及时发现和解决问题",
    "持续优化营商环境，提升政务服务效能，方便企业和群众办事",
    "严格落实安全生产责任制，切实防范化解重大风险",
    "加强基层干部队伍建设，关心关爱基层干部，激励担当作为",
    "规范督查检查考核事项，减少重复检查，切实减轻基层负担",
    "做好年度目标任务分解，按季度报送工作进展情况",
    "完善网格化服务管理，推动资源力量下沉基层",
    "深化“放管服”改革，推进政务服务事项网上办、就近办",
]
HEADINGS = ["总体要求", "工作目标", "主要任务", "考核内容", "评分标准", "保障措施", "工作要求",
            "组织领导", "实施步骤", "附则"]

# Enough simplified→traditional pairs for the text above to look like a Taiwan/HK-style
# submission; the normalizer's full table maps them back.
S2T = dict(zip(
    "跃于级乡镇数据务发经济关开门会议进实现时间过这个为对业应当与国区县员干领导组织统计报录网络"
    "载装册签线长积评优图传题标准达办结满问责范规则细体层减负纳综复训练强讯条党费频关环节点赞转",
    "躍於級鄉鎮數據務發經濟關開門會議進實現時間過這個為對業應當與國區縣員幹領導組織統計報錄網絡"
    "載裝冊簽線長積評優圖傳題標準達辦結滿問責範規則細體層減負納綜複訓練強訊條黨費頻關環節點讚轉"))


def to_traditional(s):
  return "".join(S2T.get(c, c) for c in s)


def fill(rng, tpl):
  return tpl.format(u=rng.choice(UNITS), a=rng.choice(APPS), p=rng.choice([60, 70, 80, 85, 90, 95]),
                    n=rng.choice([5, 10, 20, 50, 100, 500]), k=rng.choice([1, 2, 3, 5]),
                    h=rng.choice([10, 20, 30]), m=rng.choice([5, 10, 30]))


def paragraph(rng):
  """One paragraph: ~2/3 ordinary prose, the rest plan clauses, a third of those violating."""
  parts = []
  for _ in range(rng.randint(3, 8)):
    r = rng.random()
    if r < 0.65:
      parts.append(rng.choice(PROSE))
    elif r < 0.77:
      parts.append(fill(rng, rng.choice(VIOLATIONS)))
    else:
      parts.append(fill(rng, rng.choice(COMPLIANT)))
  text = "；".join(parts) + "。"
  return to_traditional(text) if rng.random() < 0.1 else text


class Doc:
  """Builds Markdown up to `size` bytes of UTF-8, never over: a 64 MB big file must stay within
  jianfu's default 64 MiB per-file limit."""

  def __init__(self, rng, title):
    self.rng, self.parts, self.n, self.sec, self.item, self.size = rng, [], 0, 0, 0, 1 << 62
    self.add("# " + title + "\n\n")

  def add(self, s):
    n = len(s.encode("utf-8"))
    if self.n + n > self.size:
      return False
    self.parts.append(s)
    self.n += n
    return True

  def grow(self, size):
    self.size = size
    while True:
      if self.item % 6 == 0:
        self.sec += 1
        if not self.add("## %d. %s\n\n" % (self.sec, self.rng.choice(HEADINGS))):
          break
      self.item += 1
      if self.rng.random() < 0.3:
        clause = fill(self.rng, self.rng.choice(VIOLATIONS + COMPLIANT))
        ok = self.add("%d. %s。\n" % (self.item, clause))
      else:
        ok = self.add(paragraph(self.rng) + "\n\n")
      if not ok:
        break
    return "".join(self.parts)


def write(path, text):
  os.makedirs(os.path.dirname(path), exist_ok=True)
  with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write(text)


def generate(out, size_mb, seed, subset_mb=2, gb=False):
  """Generates the corpus unless a stamp says this exact one is already there."""
  stamp = os.path.join(out, ".stamp")
  want = "v2 size=%g seed=%d subset=%g gb=%d" % (size_mb, seed, subset_mb, gb)
  try:
    with open(stamp) as f:
      if f.read() == want:
        return
  except OSError:
    pass
  for d in ("many", "subset", "gb"):
    shutil.rmtree(os.path.join(out, d), ignore_errors=True)
  rng = random.Random(seed)
  size = int(size_mb * 1024 * 1024)
  write(os.path.join(out, "big.md"), Doc(rng, "2024年度乡镇（街道）工作目标考核细则").grow(size))
  write(os.path.join(out, "small.md"),
        Doc(random.Random(seed + 1), "2024年度网格化服务管理考核办法").grow(3000))
  files, total, i = [], 0, 0
  while total < size // 2:
    text = Doc(rng, "关于印发%s工作方案的通知（%d）" % (rng.choice(HEADINGS), i)).grow(
        rng.randint(8000, 12000))
    p = os.path.join(out, "many", "d%03d" % (i // 100), "f%05d.md" % i)
    write(p, text)
    files.append(p)
    total += len(text.encode("utf-8"))
    i += 1
  sub, acc = os.path.join(out, "subset"), 0
  os.makedirs(sub)
  for p in files:
    if acc >= subset_mb * 1024 * 1024:
      break
    os.link(p, os.path.join(sub, os.path.basename(p)))
    acc += os.path.getsize(p)
  if gb:
    # Hard links, not symlinks: every tool sees plain files, and nothing follows a link loop.
    copies = -(-(1 << 30) // max(total, 1))
    for c in range(copies):
      for p in files:
        q = os.path.join(out, "gb", "c%03d" % c, os.path.relpath(p, os.path.join(out, "many")))
        os.makedirs(os.path.dirname(q), exist_ok=True)
        os.link(p, q)
  with open(stamp, "w") as f:
    f.write(want)


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--out", default="build/bench")
  ap.add_argument("--size-mb", type=float, default=64)
  ap.add_argument("--subset-mb", type=float, default=2)
  ap.add_argument("--seed", type=int, default=20240730)
  ap.add_argument("--gb", action="store_true")
  ap.add_argument("--print-terms", action="store_true", help="print the fallback trigger list")
  a = ap.parse_args()
  if a.print_terms:
    sys.stdout.write("\n".join(FALLBACK_TERMS) + "\n")
    return
  generate(a.out, a.size_mb, a.seed, a.subset_mb, a.gb)


if __name__ == "__main__":
  main()
