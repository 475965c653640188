-- wrk script for bench/server_load: durable assessment saves, each a logged-in PATCH with
-- the session cookie and the CSRF header, based on the record's current version (so none
-- conflicts). Arguments: cookie csrf records_file threads. records_file returns a list
-- of {path = "/api/v1/patients/.../assessments/ID", version = N}; thread i of T edits the
-- records i, i+T, ... and a record is edited by one request at a time.
local thread_counter = 0

function setup(thread)
  thread:set("thread_index", thread_counter)
  thread_counter = thread_counter + 1
end

local free = {}
local by_path = {}
local headers = {}

function init(args)
  headers["Cookie"] = args[1]
  headers["X-CSRF-Token"] = args[2]
  headers["Content-Type"] = "application/json"
  local threads = tonumber(args[4])
  for i, record in ipairs(dofile(args[3])) do
    if (i - 1) % threads == thread_index then
      table.insert(free, record)
      by_path[record.id] = record
    end
  end
end

function request()
  local record = table.remove(free, 1)
  if record == nil then
    return wrk.format("GET", "/api/v1/health")
  end
  -- Toggle the MMT-8 total so that every save changes a value (and writes its audit row).
  local body = string.format('{"version":%d,"reason":"bench save","mmt8":%d}', record.version,
                             100 + record.version % 2)
  return wrk.format("PATCH", record.path, headers, body)
end

function response(status, response_headers, body)
  local id = tonumber(body:match('"id":(%d+)'))
  local version = tonumber(body:match('"version":(%d+)'))
  local record = id and by_path[id]
  if record and version then
    record.version = version
    table.insert(free, record)
  end
end
