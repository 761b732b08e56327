-- A rule that only the files under tests/cli/data/cfg/a see (their config adds it).
jianfu.rule {
  id = "local-photo",
  category = "trace-evidence",
  severity = "warning",
  title = "demo: photos demanded as proof",
  basis = { "整治形式主义为基层减负若干规定" },
  triggers = { "拍照上传" },
  examples = { bad = { "每次走访须拍照上传" }, good = { "严禁以拍照上传等形式提高使用率" } },
  check = function(clause, report)
    local h = clause.hits[1]
    if clause:prohibited(h.from, h.to) then return end
    report { from = h.from, to = h.to, message = "photos as proof" }
  end,
}
