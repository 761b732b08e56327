-- prelude.lua — Lua helpers rules get as jianfu.*; runs in the sandbox, under
-- the same limits as the rule that calls it. Returns the table of helpers.
local M = {}

local OP_TEXT = { [">="] = "≥", [">"] = ">", ["<="] = "≤", ["<"] = "<", ["=="] = "=" }
local PERIOD_TEXT = {
  day = "每天", week = "每周", month = "每月", quarter = "每季度", year = "每年",
}
local PENALTY_TEXT = {
  deduct = "未达标扣分", ["no-score"] = "未达标不得分", disqualify = "与评优资格挂钩",
  notify = "通报", interview = "约谈", pay = "与奖金挂钩", veto = "一票否决",
  accountability = "问责",
}
-- units that make a bare number a quota ("每天完成500个")
local QUOTA_UNITS = {
  ["次"] = true, ["个"] = true, ["条"] = true, ["件"] = true, ["人"] = true, ["户"] = true,
  ["篇"] = true, ["名"] = true, ["份"] = true, ["项"] = true, ["张"] = true, ["家"] = true,
}

-- 80, not 80.0
local function num(v)
  if math.type(v) == "float" and v == math.floor(v) and math.abs(v) < 2 ^ 53 then
    return string.format("%d", math.tointeger(v))
  end
  return tostring(v)
end

--- jianfu.format_threshold{op, value, unit} -> "≥80%"
function M.format_threshold(th)
  return (OP_TEXT[th.op] or th.op) .. num(th.value) .. (th.unit or "")
end

--- jianfu.find_all(text, terms) -> every occurrence of every plain term as
--- {term, from, to}, by position, the longest first at one position.
function M.find_all(text, terms)
  local out = {}
  for _, term in ipairs(terms) do
    if #term > 0 then
      local init = 1
      while true do
        local s, e = string.find(text, term, init, true)
        if not s then break end
        out[#out + 1] = { term = term, from = s, to = e }
        init = s + 1
      end
    end
  end
  table.sort(out, function(a, b)
    if a.from ~= b.from then return a.from < b.from end
    return a.to > b.to
  end)
  return out
end

--- jianfu.overlaps(a_from, a_to, b_from, b_to) -> do the inclusive spans overlap?
function M.overlaps(a_from, a_to, b_from, b_to)
  return a_from <= b_to and b_from <= a_to
end

--- jianfu.nearest(list, from) -> the item of list (each with .from) nearest
--- after position from, else the nearest before it, else nil.
function M.nearest(list, from)
  local after, before
  for _, x in ipairs(list) do
    if x.from >= from then
      if not after or x.from < after.from then after = x end
    elseif not before or x.from > before.from then
      before = x
    end
  end
  return after or before
end

--- jianfu.format(template, ev) -> template with {metric}, {threshold},
--- {frequency}, {penalty}, {link} replaced from evidence ev ("" when absent).
function M.format(template, ev)
  return (string.gsub(template, "{([%w_]+)}", function(k)
    local v = ev[k]
    if k == "threshold" and type(v) == "table" then return M.format_threshold(v) end
    if k == "frequency" and v then return PERIOD_TEXT[v] or v end
    if k == "penalty" and v then return PENALTY_TEXT[v] or v end
    if v == nil then return "" end
    return tostring(v)
  end))
end

local function default_message(ev)
  local parts = {}
  if ev.threshold then
    parts[#parts + 1] = "要求 " .. M.format_threshold(ev.threshold)
  elseif ev.quota then
    parts[#parts + 1] = "要求 " .. num(ev.quota.value) .. ev.quota.unit
  end
  if ev.frequency then parts[#parts + 1] = (PERIOD_TEXT[ev.frequency] or ev.frequency) .. "统计" end
  if ev.penalty == "deduct" and ev.penalty_points then
    parts[#parts + 1] = "未达标扣" .. num(ev.penalty_points) .. "分"
  elseif ev.penalty then
    parts[#parts + 1] = PENALTY_TEXT[ev.penalty] or ev.penalty
  end
  if #parts == 0 and ev.link then parts[#parts + 1] = "“" .. ev.link .. "”" end
  local msg = "以“" .. ev.metric .. "”作为考核指标"
  if #parts > 0 then msg = msg .. "（" .. table.concat(parts, "；") .. "）" end
  return msg
end

local function term_list(v, what)
  if v == nil then return nil end
  if type(v) == "string" then v = { v } end
  if type(v) ~= "table" then
    error("jianfu.metric_check: '" .. what .. "' must be a list of strings", 3)
  end
  local out = {}
  for i, t in ipairs(v) do
    if type(t) ~= "string" or t == "" then
      error("jianfu.metric_check: " .. what .. "[" .. i .. "] must be a non-empty string", 3)
    end
    out[#out + 1] = jianfu.normalize(t)
  end
  return out
end

local REQUIRES = { link = true, threshold = true, link_or_threshold = true }
local OPTIONS = { metrics = true, unless = true, requires = true, message = true }

--- jianfu.metric_check{ metrics, unless, requires, message } -> a check
--- function that reports the first usage metric of the clause which is made to
--- count. See rules/README.md.
function M.metric_check(opts)
  if type(opts) ~= "table" then error("jianfu.metric_check expects a table", 2) end
  for k in pairs(opts) do
    if not OPTIONS[k] then
      error("jianfu.metric_check: unknown option '" .. tostring(k) ..
        "' (expected metrics, unless, requires, message)", 2)
    end
  end
  local metrics = term_list(opts.metrics, "metrics")
  local unless = term_list(opts.unless, "unless") or {}
  local requires = opts.requires or "link_or_threshold"
  if not REQUIRES[requires] then
    error("jianfu.metric_check: requires must be \"link\", \"threshold\" or " ..
      "\"link_or_threshold\", not " .. tostring(requires), 2)
  end
  local message = opts.message
  if message ~= nil and type(message) ~= "string" and type(message) ~= "function" then
    error("jianfu.metric_check: message must be a string or a function", 2)
  end

  return function(clause, report)
    local hits = metrics and M.find_all(clause.text, metrics) or clause.hits
    local blocks = #unless > 0 and M.find_all(clause.text, unless) or nil
    local hit
    for _, h in ipairs(hits) do
      local other = false
      for _, b in ipairs(blocks or {}) do
        if M.overlaps(h.from, h.to, b.from, b.to) then
          other = true
          break
        end
      end
      if not other and not clause:prohibited(h.from, h.to) then
        hit = h
        break
      end
    end
    if not hit then return end

    local th = M.nearest(clause.thresholds, hit.from)
    local quota
    for _, n in ipairs(clause.numbers) do
      if QUOTA_UNITS[n.unit] and (not quota or math.abs(n.from - hit.from) < math.abs(quota.from - hit.from)) then
        quota = n
      end
    end
    local freq = M.nearest(clause.frequencies, hit.from)
    local counted = th or quota or freq
    if requires == "link" and not clause.assessed then return end
    if requires == "threshold" and not counted then return end
    if requires == "link_or_threshold" and not (clause.assessed or counted) then return end

    -- a scheme item states its penalty in `scoring` and sometimes its
    -- threshold in another field: fall back on the item's other clauses
    local item = clause.item
    if item and not th and not quota and #item.thresholds > 0 then th = item.thresholds[1] end
    if item and not freq and #item.frequencies > 0 then freq = item.frequencies[1] end

    local ev = { metric = hit.term }
    if th then ev.threshold = { op = th.op, value = th.value, unit = th.unit } end
    if quota and not th then ev.quota = { value = quota.value, unit = quota.unit } end
    if freq then ev.frequency = freq.period end
    local pen = M.nearest(clause.penalties, hit.from)
    if not pen and item and #item.penalties > 0 then pen = item.penalties[1] end
    if pen then
      ev.penalty = pen.kind
      if pen.points and pen.points > 0 then ev.penalty_points = pen.points end
    end
    if clause.link then ev.link = clause.link.word or clause.link.kind end

    local msg
    if type(message) == "function" then
      msg = message(ev, clause)
    elseif type(message) == "string" then
      msg = M.format(message, ev)
    else
      msg = default_message(ev)
    end
    report { from = hit.from, to = hit.to, message = msg, evidence = ev }
  end
end

return M
