/**
 * Generated from docs/openapi.json by openapi-typescript (npm run types): do not edit.
 */

export interface paths {
    "/api/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web app's configuration */
        get: operations["getConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries requested and delivered in the range, and active now */
        get: operations["deliveriesDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The routes with the most deliveries requested in the range */
        get: operations["routesDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/trails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The paths the latest deliveries requested in the range travelled, or one delivery's */
        get: operations["trailsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/viewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browsers watching now, and during each bucket of the range */
        get: operations["viewersDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery history
         * @description Deliveries newest requested first, filtered by status, route and the time they were requested, one page at a time.
         */
        get: operations["listDeliveries"];
        put?: never;
        /**
         * Start a delivery
         * @description Stores the delivery as requested, then publishes DeliveryRequested; the simulator starts driving it. With driver device, no simulator drives it: the answer carries the device token and driver link (once; a new one from /device-token), and the device reports its positions.
         */
        post: operations["startDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery and its status */
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a delivery
         * @description Marks a requested or in-transit delivery cancelled, then tells its vehicle to stop; the vehicle reports where it stopped and every map removes it. A cancelled delivery is answered as it is.
         */
        post: operations["cancelDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/device-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new device token and driver link
         * @description For a device-driven delivery under way whose driver lost the link, or whose link leaked: the earlier token stops working at once.
         */
        post: operations["newDriverLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/tracking-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer's link to follow this delivery
         * @description The link's token lets its holder read this delivery, its route and trail, and watch it live, nothing else, until it expires (SECURITY_TRACKING_LINK_LIFETIME); docs/security.md.
         */
        post: operations["newTrackingLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery this device drives
         * @description The delivery, its route and the last seq the server has, so a device resumes where it was.
         */
        get: operations["getDeviceDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/device/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report positions
         * @description Positions in seq order, 0, 1, 2, ... per delivery; any the server has are dropped, so sending again is always safe. The last, with finished, ends the delivery at its destination.
         */
        post: operations["reportDevicePositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/osmand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report a position (OsmAnd protocol)
         * @description Query or form parameters id (the device token), lat, lon, timestamp; speed, bearing, altitude, accuracy and batt are accepted and not used.
         */
        get: operations["reportOsmAnd"];
        put?: never;
        /**
         * Report a position (Traccar Client JSON)
         * @description device_id (the device token) and location.coords.latitude/longitude, location.timestamp.
         */
        post: operations["reportOsmAndJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The routes not archived (or every route), sorted by title */
        get: operations["listRoutes"];
        put?: never;
        /**
         * Add a route
         * @description A title with a GeoJSON LineString geometry, a GeoJSON Feature with a LineString geometry (title in properties.title or properties.name), or a title with a list of points. The simulator can drive it at once: the geometry travels in the delivery request.
         */
        post: operations["addRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a route from a GPX or GeoJSON file, or preview it
         * @description The body is the file. GPX: the points of every segment of the first track, else of the first route. JSON: any shape addRoute takes, a bare LineString, or a FeatureCollection holding exactly one LineString Feature.
         */
        post: operations["importRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One route, archived or not */
        get: operations["getRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a route, archive or restore it
         * @description title, archived or both; a field left out (or null) is left as it is.
         */
        patch: operations["changeRoute"];
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The security mode and who is signed in, if anyone */
        get: operations["getSession"];
        put?: never;
        /**
         * Signs in with a user of the local store
         * @description Sets the HttpOnly cookie CODEDELIVERY_SESSION; needs the X-XSRF-TOKEN header like every other change (docs/security.md).
         */
        post: operations["signIn"];
        /** Signs out: clears the session cookie */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AppConfig: {
            googleMapsApiKey: string | null;
            googleMapsMapId: string | null;
            /** @enum {string} */
            mapProvider: "maplibre" | "google";
            mapStyleUrl: string | null;
        };
        DeliveriesBucket: {
            /** Format: date-time */
            at: string;
            /** Format: int64 */
            cancelled: number;
            /** Format: int64 */
            delivered: number;
            /** Format: int64 */
            requested: number;
        };
        DeliveriesDashboard: {
            /** Format: int64 */
            active: number;
            /** Format: double */
            averageDurationSeconds: number | null;
            /** Format: int64 */
            cancelled: number;
            /** Format: int64 */
            delivered: number;
            /** Format: date-time */
            from: string;
            interval: string;
            overTime: components["schemas"]["DeliveriesBucket"][];
            /** Format: int64 */
            requested: number;
            /** Format: date-time */
            to: string;
        };
        Delivery: {
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** @description a device-driven delivery's token and driver link, only in the answer that made them */
            device?: components["schemas"]["DeviceLink"];
            /** Format: double */
            distanceMeters: number;
            /** Format: double */
            drivenMeters: number | null;
            /** @enum {string} */
            driver: "simulator" | "device";
            /** Format: double */
            durationSeconds: number | null;
            id: string;
            /** Format: date-time */
            requestedAt: string;
            routeId: string;
            routeTitle: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "requested" | "in_transit" | "delivered" | "cancelled";
        };
        DeliveryPage: {
            items: components["schemas"]["Delivery"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        DeviceDelivery: {
            /** Format: double */
            arrivalMeters: number;
            delivery: components["schemas"]["DeviceDeliverySummary"];
            /** Format: int64 */
            lastSeq: number;
            path: [
                number,
                number
            ][];
        };
        DeviceDeliverySummary: {
            /** Format: double */
            distanceMeters: number;
            id: string;
            routeId: string;
            routeTitle: string;
            /** @enum {string} */
            status: "requested" | "in_transit" | "delivered" | "cancelled";
        };
        DeviceLink: {
            driverPath: string;
            token: string;
        };
        DevicePosition: {
            at: string;
            finished: boolean;
            /** Format: double */
            lat: number;
            /** Format: double */
            lng: number;
            /** Format: int64 */
            seq: number;
        };
        DeviceReport: {
            positions: components["schemas"]["DevicePosition"][];
        };
        DeviceReportAnswer: {
            /** Format: int64 */
            lastSeq: number;
            /** @enum {string} */
            status: "requested" | "in_transit" | "delivered" | "cancelled";
        };
        GeoPoint: {
            /** Format: double */
            lat: number;
            /** Format: double */
            lng: number;
        };
        JsonNode: {
            array?: boolean;
            bigDecimal?: boolean;
            bigInteger?: boolean;
            binary?: boolean;
            boolean?: boolean;
            container?: boolean;
            double?: boolean;
            embeddedValue?: boolean;
            empty?: boolean;
            float?: boolean;
            floatingPointNumber?: boolean;
            int?: boolean;
            integralNumber?: boolean;
            long?: boolean;
            missingNode?: boolean;
            /** @enum {string} */
            nodeType?: "ARRAY" | "BINARY" | "BOOLEAN" | "MISSING" | "NULL" | "NUMBER" | "OBJECT" | "POJO" | "STRING";
            null?: boolean;
            number?: boolean;
            object?: boolean;
            pojo?: boolean;
            short?: boolean;
            string?: boolean;
            /** @deprecated */
            textual?: boolean;
            valueNode?: boolean;
        };
        LineString: {
            coordinates: [
                number,
                number
            ][];
            /** @enum {string} */
            type: "LineString";
        };
        NewDelivery: {
            /**
             * @default simulator
             * @enum {string|null}
             */
            driver: "simulator" | "device" | null;
            routeId: string;
        };
        NewLineString: {
            coordinates: number[][];
            /** @enum {string} */
            type: "LineString";
        };
        NewRoute: {
            geometry: components["schemas"]["NewLineString"];
            title: string;
        };
        NewRouteFeature: {
            geometry: components["schemas"]["NewLineString"];
            /** @description title (or, without one, name) is the route's title; others are ignored */
            properties: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            type: "Feature";
        };
        NewRouteFromPoints: {
            points: components["schemas"]["GeoPoint"][];
            title: string;
        };
        /** @description An error answer (RFC 9457, application/problem+json). */
        Problem: {
            /** @description what is wrong, for a person */
            detail?: string;
            /**
             * Format: uri
             * @description the path that was asked for
             */
            instance?: string;
            /**
             * Format: int32
             * @description the HTTP status again
             */
            status: number;
            /** @description a short name for the kind of error */
            title: string;
            /**
             * Format: uri
             * @description left out: about:blank
             */
            type?: string;
        };
        Route: {
            archived: boolean;
            /** Format: date-time */
            createdAt: string;
            end: components["schemas"]["GeoPoint"];
            geometry: components["schemas"]["LineString"];
            id: string;
            /** Format: int64 */
            lengthMeters: number;
            start: components["schemas"]["GeoPoint"];
            title: string;
        };
        RouteChange: {
            archived: boolean | null;
            title: string | null;
        };
        RoutePreview: {
            archived: boolean;
            /** Format: date-time */
            createdAt: string;
            end: components["schemas"]["GeoPoint"];
            geometry: components["schemas"]["LineString"];
            /** @description always null: nothing is stored */
            id: string | null;
            /** Format: int64 */
            lengthMeters: number;
            start: components["schemas"]["GeoPoint"];
            title: string;
        };
        RouteRow: {
            /** Format: double */
            averageDurationSeconds: number | null;
            /** Format: int64 */
            cancelled: number;
            /** Format: int64 */
            delivered: number;
            /** Format: int64 */
            requested: number;
            routeId: string;
            routeTitle: string | null;
        };
        RoutesDashboard: {
            /** Format: date-time */
            from: string;
            routes: components["schemas"]["RouteRow"][];
            /** Format: date-time */
            to: string;
        };
        Session: {
            /** @enum {string} */
            mode: "open" | "signed-in";
            singleSignOn: boolean;
            user: components["schemas"]["SessionUser"] | null;
        };
        SessionUser: {
            name: string;
            roles: ("dispatcher" | "viewer")[];
        };
        SignIn: {
            password: string;
            username: string;
        };
        TrackingLink: {
            /** Format: date-time */
            expiresAt: string;
            path: string;
            token: string;
        };
        Trail: {
            deliveryId: string;
            points: [
                number,
                number
            ][];
            routeId: string;
            routeTitle: string | null;
            status: string;
        };
        TrailsDashboard: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            trails: components["schemas"]["Trail"][];
        };
        ViewersBucket: {
            /** Format: date-time */
            at: string;
            /** Format: int64 */
            open: number;
        };
        ViewersDashboard: {
            byScope: {
                [key: string]: number;
            };
            /** Format: date-time */
            from: string;
            interval: string;
            /** Format: int64 */
            openNow: number;
            overTime: components["schemas"]["ViewersBucket"][];
            /** Format: date-time */
            to: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppConfig"];
                };
            };
        };
    };
    deliveriesDashboard: {
        parameters: {
            query?: {
                /** @description start of the range, an ISO-8601 instant; default: a day before to */
                from?: string;
                /** @description end of the range (excluded), an ISO-8601 instant; default: now */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dashboard; zeros and empty lists before anything was indexed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveriesDashboard"];
                };
            };
            /** @description a parameter that cannot be used: detail names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the search engine could not be reached or did not answer in time */
            503: {
                headers: {
                    /** @description 10 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    routesDashboard: {
        parameters: {
            query?: {
                /** @description start of the range, an ISO-8601 instant; default: a day before to */
                from?: string;
                /** @description end of the range (excluded), an ISO-8601 instant; default: now */
                to?: string;
                /** @description routes at most */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dashboard; zeros and empty lists before anything was indexed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutesDashboard"];
                };
            };
            /** @description a parameter that cannot be used: detail names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the search engine could not be reached or did not answer in time */
            503: {
                headers: {
                    /** @description 10 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trailsDashboard: {
        parameters: {
            query?: {
                /** @description start of the range, an ISO-8601 instant; default: a day before to */
                from?: string;
                /** @description end of the range (excluded), an ISO-8601 instant; default: now */
                to?: string;
                /** @description deliveries at most, newest first */
                limit?: number;
                /** @description that one delivery, whenever it was requested */
                deliveryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dashboard; zeros and empty lists before anything was indexed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrailsDashboard"];
                };
            };
            /** @description a parameter that cannot be used: detail names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the search engine could not be reached or did not answer in time */
            503: {
                headers: {
                    /** @description 10 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    viewersDashboard: {
        parameters: {
            query?: {
                /** @description start of the range, an ISO-8601 instant; default: a day before to */
                from?: string;
                /** @description end of the range (excluded), an ISO-8601 instant; default: now */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the dashboard; zeros and empty lists before anything was indexed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewersDashboard"];
                };
            };
            /** @description a parameter that cannot be used: detail names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the search engine could not be reached or did not answer in time */
            503: {
                headers: {
                    /** @description 10 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description requested, in_transit, delivered or cancelled; repeat it, or separate with commas, for several */
                status?: string[];
                /** @description only the deliveries on this route */
                routeId?: string;
                /** @description requested at or after this instant (ISO-8601, e.g. 2026-11-26T09:00:00Z) */
                from?: string;
                /** @description requested before this instant (ISO-8601) */
                to?: string;
                /** @description the page, from 0 (at most 10000) */
                page?: string;
                /** @description deliveries per page, 1 to 100 (default 20) */
                size?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page, and how many deliveries the filters select in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description a parameter that cannot be read; the detail says which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of the client's own (1 to 255 visible ASCII characters) that makes a retry answer the first request's delivery instead of starting another */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDelivery"];
            };
        };
        responses: {
            /** @description the delivery started, or the one an earlier request with the same Idempotency-Key started */
            201: {
                headers: {
                    /** @description true when this answers an earlier request with the same key */
                    "Idempotent-Replayed"?: boolean;
                    /** @description /api/deliveries/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description a malformed body or Idempotency-Key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no route has this routeId */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the route is archived, or a request with this Idempotency-Key is still being handled (then with Retry-After) */
            409: {
                headers: {
                    /** @description 1 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over API_MAX_DELIVERY_BODY_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was used with another routeId, or the route is too large to travel in a delivery request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kafka did not take the request: nothing was started, try again */
            503: {
                headers: {
                    /** @description 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 1 to 64 letters, digits, '.', '_', ':' or '-', the first a letter or digit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description no delivery has this id, or no delivery can have it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the delivery's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the delivery, cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description no delivery has this id, or no delivery can have it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the delivery was delivered: it cannot be cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    newDriverLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the delivery's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the new token and driver link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceLink"];
                };
            };
            /** @description no delivery has this id, or no delivery can have it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the delivery is driven by the simulator, or has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    newTrackingLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the delivery's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the link: open path on the web app's address */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingLink"];
                };
            };
            /** @description no delivery has this id, or no delivery can have it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeviceDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Bearer and the delivery's device token */
                Authorization?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceDelivery"];
                };
            };
            /** @description no device token, or not a valid one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportDevicePositions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Bearer and the delivery's device token */
                Authorization?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceReport"];
            };
        };
        responses: {
            /** @description taken: the last seq the server has */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceReportAnswer"];
                };
            };
            /** @description a malformed report */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no device token, or not a valid one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the first new seq is past the next one expected: send from expectedSeq */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the delivery was delivered or cancelled (status says which) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description finished further than arrivalMeters from the destination */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kafka did not take the positions: send them again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportOsmAnd: {
        parameters: {
            query: {
                /** @description id, lat, lon, timestamp and the protocol's other parameters */
                parameters: {
                    [key: string]: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description taken, or already taken, or the delivery is over */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description lat, lon or timestamp missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the id is no delivery's device token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kafka did not take the position: send it again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportOsmAndJson: {
        parameters: {
            query: {
                /** @description id, lat, lon, timestamp and the protocol's other parameters */
                parameters: {
                    [key: string]: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JsonNode"];
            };
        };
        responses: {
            /** @description taken, or already taken, or the delivery is over */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description lat, lon or timestamp missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the id is no delivery's device token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kafka did not take the position: send it again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoutes: {
        parameters: {
            query?: {
                /** @description true: archived routes too */
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the routes, each with its GeoJSON geometry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Route"][];
                };
            };
            /** @description archived is not true or false */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewRoute"] | components["schemas"]["NewRouteFeature"] | components["schemas"]["NewRouteFromPoints"];
            };
        };
        responses: {
            /** @description the route added */
            201: {
                headers: {
                    /** @description /api/routes/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Route"];
                };
            };
            /** @description malformed JSON, or an invalid route: detail says what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description another route has this title (ignoring case and spacing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over API_MAX_BODY_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importRoute: {
        parameters: {
            query?: {
                /** @description the route's title; without it, the file's own */
                title?: string;
                /** @description true: check and show the route, store nothing */
                preview?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/geo+json": string;
                "application/gpx+xml": string;
                "application/json": string;
                "application/xml": string;
                "text/xml": string;
            };
        };
        responses: {
            /** @description preview=true: the route as it would be added (id null); nothing is stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutePreview"];
                };
            };
            /** @description the route added */
            201: {
                headers: {
                    /** @description /api/routes/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Route"];
                };
            };
            /** @description a file that cannot be read (detail says what and where), no title, or an invalid route */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description another route has this title (ignoring case and spacing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the file is over ROUTE_MAX_IMPORT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is neither GPX nor JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 1 to 64 letters, digits, '.', '_', ':' or '-', the first a letter or digit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the route */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Route"];
                };
            };
            /** @description no route has this id, or no route can have it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 1 to 64 letters, digits, '.', '_', ':' or '-', the first a letter or digit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouteChange"];
            };
        };
        responses: {
            /** @description the route as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Route"];
                };
            };
            /** @description malformed JSON, neither field, or an invalid title */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no route has this id, or no route can have it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description another route has this title (ignoring case and spacing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the session; user null when no one is signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description username or password missing */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description wrong user name or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the backend runs open: there is no sign-in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
