-- Rules whose promises are false (and two that keep theirs), for
-- check_promises.py --broken: with JIANFU_CHECK_PROMISES=1 each false
-- promise must be an error of its rule at the clause it broke it on.
local function always(clause, report) report { message = "打卡" } end

-- reports without any of its needs words (broken.md line 3)
jianfu.rule {
  id = "broken-needs", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, needs = { "次數" }, check = always,
}
-- reports on a prohibited hit (broken.md line 5)
jianfu.rule {
  id = "broken-prohibited", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, skip_prohibited = true, check = always,
}
-- the same promises kept: nothing to report
jianfu.rule {
  id = "kept-needs", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, needs = { "次數" },
  check = function(clause, report)
    if clause:find("次数") then report { message = "打卡次数" } end
  end,
}
jianfu.rule {
  id = "kept-prohibited", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, skip_prohibited = true,
  check = function(clause, report)
    for _, h in ipairs(clause.hits) do
      if not clause:prohibited(h.from, h.to) then report { from = h.from, to = h.to } return end
    end
  end,
}
-- reports on a hit inside one of its skip_unless phrases (broken.md line 9)
jianfu.rule {
  id = "broken-unless", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, skip_unless = { "打卡機" }, check = always,
}
-- reports on a clause that misses its second group of needs: no word of it
-- and no number (broken.md line 11; line 3 meets it by its number 两次)
jianfu.rule {
  id = "broken-groups", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" },
  needs = { { "打卡" }, { "次数", "计分", "打卡机", analysis = { "numbers" } } }, check = always,
}
jianfu.rule {
  id = "kept-unless", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, skip_unless = { "打卡机" },
  check = function(clause, report)
    if not clause:find("打卡机") then report { message = "打卡" } end
  end,
}
jianfu.rule {
  id = "kept-groups", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" },
  needs = { { "打卡" }, { "次数", "计分", "打卡机", analysis = { "numbers" } } },
  check = function(clause, report)
    if #clause.numbers > 0 or clause:find({ "次数", "计分", "打卡机" }) then report { message = "打卡" } end
  end,
}
-- reports on a list item's clause whose other clause holds a threshold:
-- `row` is met by a table row's or scheme item's other clauses only
-- (broken.md line 13, 打卡情况按月通报)
jianfu.rule {
  id = "broken-row", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, needs = { "打卡机", row = { "thresholds" } },
  check = function(clause, report)
    if not clause.table_row and clause.item and #clause.item.thresholds > 0 then
      report { message = "打卡" }
    end
  end,
}
-- the same promise kept: reports on a table row's cell whose other cell
-- holds the threshold (broken.md line 17, 打卡情况)
jianfu.rule {
  id = "kept-row", category = "checkin", severity = "info", title = "打卡",
  basis = { "test" }, triggers = { "打卡" }, needs = { "打卡机", row = { "thresholds" } },
  check = function(clause, report)
    if (clause.table_row or clause.scheme_item) and clause.item and #clause.item.thresholds > 0 then
      report { message = "打卡" }
    end
  end,
}
