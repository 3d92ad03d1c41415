-- wrk script: replay pre-built raw HTTP requests from a file, each exactly once, then stop.
-- wrk <opts> -s replay.lua URL -- <request file> [<mean think time ms>]
-- The file holds records "<byte length>\n<raw request bytes>". With a think time, each
-- connection waits an exponentially distributed pause before each request (paced load).
-- The run is timed from the first request sent to the last answer received.
-- done() prints one line "WRKJSON {...}" with counts and latency percentiles (microseconds).

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } replay_timespec;
  int clock_gettime(int clock, replay_timespec *ts);
  int getpid(void);
  int tgkill(int tgid, int tid, int sig);
]]
local timespec = ffi.new("replay_timespec")

-- CLOCK_MONOTONIC in microseconds: wrk's own duration is always the whole -d window, even when
-- every request was answered long before, so the run is timed here.
local function now_us()
  ffi.C.clock_gettime(1, timespec)
  return tonumber(timespec.tv_sec) * 1000000 + tonumber(timespec.tv_nsec) / 1000
end

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local data = file:read("*a")
  file:close()
  think = tonumber(args[2] or "0") or 0
  reqs = {}
  local pos = 1
  while pos <= #data do
    local eol = string.find(data, "\n", pos, true)
    local length = tonumber(string.sub(data, pos, eol - 1))
    table.insert(reqs, string.sub(data, eol + 1, eol + length))
    pos = eol + 1 + length
  end
  nreqs = #reqs
  index, reserved, sent, answered, ok = 0, 0, 0, 0, 0
  probed = false
  first_us, last_us = 0, 0
  statuses = {}
  math.randomseed(12345 + id)
end

-- wrk calls delay() before each request() of a connection, then request() when the delay ends;
-- meanwhile other connections send theirs. So the request is reserved here: a check of `index`
-- alone let several connections pass it for the last request and send it again (a duplicate).
function delay()
  if reserved >= nreqs then
    return 3600000 -- nothing left to send: wait for the last answers, then stop
  end
  reserved = reserved + 1
  if think > 0 then
    return -think * math.log(1 - math.random())
  end
  return 0
end

function request()
  if id == 0 and not probed then
    -- wrk 4.1 calls request() once on thread 0 before connecting, to check the script:
    -- that call sends nothing, so it must not use up a request.
    probed = true
    return reqs[1]
  end
  index = index + 1
  sent = sent + 1
  if first_us == 0 then
    first_us = now_us()
  end
  return reqs[math.min(index, nreqs)]
end

function response(status, headers, body)
  answered = answered + 1
  last_us = now_us()
  statuses[status] = (statuses[status] or 0) + 1
  if status == 200 then
    ok = ok + 1
  end
  if answered >= nreqs then
    -- Every request is answered: stop this thread, and wake wrk's main thread (it sleeps
    -- through the whole -d window otherwise) with the SIGINT it handles as "stop" (one thread).
    wrk.thread:stop()
    local pid = ffi.C.getpid()
    ffi.C.tgkill(pid, pid, 2)
  end
end

function done(summary, latency, requests)
  local sent_all, answered_all, ok_all = 0, 0, 0
  local codes = {}
  local first, last = nil, 0
  for _, thread in ipairs(threads) do
    local started = thread:get("first_us")
    if started > 0 and (first == nil or started < first) then
      first = started
    end
    last = math.max(last, thread:get("last_us"))
    sent_all = sent_all + thread:get("sent")
    answered_all = answered_all + thread:get("answered")
    ok_all = ok_all + thread:get("ok")
    for code, n in pairs(thread:get("statuses")) do
      codes[#codes + 1] = string.format('"%d": %d', code, n)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"sent": %d, "answered": %d, "ok": %d, "statuses": {%s}, "duration_us": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    sent_all, answered_all, ok_all, table.concat(codes, ", "),
    first and math.max(0, last - first) or 0,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean))
end
