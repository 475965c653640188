-- wrk script for bench/server_load: logged-in GETs of one address.
-- Arguments: cookie path.
function init(args)
  wrk.headers["Cookie"] = args[1]
  wrk.path = args[2]
end
