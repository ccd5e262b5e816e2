-- wrk script: each request POSTs one new network-dimensions response (a fresh
-- id and respondent code per request, so every one is stored, never a no-op).
-- Arguments after `--`: the bearer token, and a number that keeps the ids of
-- separate runs on one database apart.
local threads = {}

function setup(thread)
    thread:set("thread_number", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    token = args[1]
    run = tonumber(args[2] or "1")
    count = 0
    refused = 0
end

function request()
    count = count + 1
    local n = (run * 100 + thread_number) * 10000000 + count
    local body = string.format(
        '{"id":"b3c4e400-0000-4000-8000-%012d","form":"network-dimensions","form_version":1,' ..
        '"wave":"workshop-2","territory":"livorno","role":"social_service",' ..
        '"respondent":"WB%011d","answers":{"sharing_1":4,"sharing_2":3,"sharing_3":4,' ..
        '"integration_1":2,"integration_2":3,"integration_3":3}}', n, n)
    return wrk.format("POST", "/api/v1/responses",
        {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function response(status)
    if status ~= 201 then refused = refused + 1 end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do total = total + thread:get("refused") end
    io.write(string.format("not 201: %d\n", total))
end
