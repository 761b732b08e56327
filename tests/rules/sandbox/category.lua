-- An unknown category names the ten that exist.
-- expect: load 3 rule 'sb-category': unknown category 'app-usage' (expected one of app-usage-metric,
jianfu.rule { id = "sb-category", category = "app-usage", severity = "error", title = "t",
  basis = { "b" }, check = function() end }
