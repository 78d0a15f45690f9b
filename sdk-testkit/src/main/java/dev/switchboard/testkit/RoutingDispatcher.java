package dev.switchboard.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * The MockWebServer dispatcher behind a {@link FakeServer}: records each request, serves a
 * pending fault if one applies, and otherwise routes to the first matching handler.
 */
final class RoutingDispatcher extends Dispatcher {

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Faults faults;
    private final RequestLog log;

    RoutingDispatcher(Faults faults, RequestLog log) {
        this.faults = faults;
        this.log = log;
    }

    void add(Route route) {
        routes.add(route);
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
        HttpUrl url = recorded.getUrl();
        String method = recorded.getMethod();
        List<String> segments = url.pathSegments();

        Faults.Match fault = faults.take(method, segments);
        Route route = null;
        Map<String, String> params = Map.of();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route candidate : routes) {
            Map<String, String> match = candidate.template().match(segments);
            if (match == null) {
                continue;
            }
            if (candidate.acceptsMethod(method)) {
                route = candidate;
                params = match;
                break;
            }
            allowed.add(candidate.method());
        }
        if (fault != null && fault.params != null) {
            params = fault.params;
        }

        FakeRequest request = toFakeRequest(recorded, url, params);
        log.add(request);

        FakeResponse response;
        if (fault != null) {
            response = fault.response;
        } else if (route != null) {
            response = invoke(route.handler(), request);
        } else if (!allowed.isEmpty()) {
            response = FakeResponse.json(405, TestJson.object(
                            "error", "method_not_allowed", "method", method, "path", request.path()))
                    .withHeader("Allow", String.join(", ", allowed));
        } else {
            response = FakeResponse.json(404, TestJson.object(
                    "error", "not_found", "method", method, "path", request.path()));
        }
        try {
            return MockResponses.toMockResponse(response);
        } catch (RuntimeException e) {
            return MockResponses.toMockResponse(handlerFailed(e));
        }
    }

    private static FakeResponse invoke(Handler handler, FakeRequest request) {
        try {
            FakeResponse response = handler.handle(request);
            if (response == null) {
                return handlerFailed(new NullPointerException("handler returned null for " + request));
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return handlerFailed(e);
        } catch (Exception | Error e) {
            // Anything a handler throws, assertion failures included, becomes a 500 for this request.
            return handlerFailed(e);
        }
    }

    private static FakeResponse handlerFailed(Throwable failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
        return FakeResponse.json(500, TestJson.object(
                "error", "handler_failed",
                "message", message,
                "exception", failure.getClass().getName()));
    }

    private static FakeRequest toFakeRequest(
            RecordedRequest recorded, HttpUrl url, Map<String, String> params) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            query.computeIfAbsent(url.queryParameterName(i), k -> new ArrayList<>())
                    .add(value == null ? "" : value);
        }
        Headers headers = recorded.getHeaders();
        List<String> names = new ArrayList<>(headers.size());
        List<String> values = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            names.add(headers.name(i));
            values.add(headers.value(i));
        }
        ByteString body = recorded.getBody();
        return new FakeRequest(
                recorded.getMethod(),
                recorded.getTarget(),
                url.toString(),
                "/" + String.join("/", url.pathSegments()),
                params,
                query,
                FakeRequest.groupHeaders(names, values),
                body == null ? new byte[0] : body.toByteArray());
    }
}
