package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Metadata;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import io.jenetics.jpx.XMLProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a route from a GPX file with jpx: the points of every segment of the first track, in order,
 * or, in a file without a track, those of the first route. The title is the track's (or route's)
 * name, else the file's. The XML parser reads no DTD and no external entity ({@link SafeGpxXml}).
 */
final class GpxRouteFile {

    private static final Pattern LOCATION = Pattern.compile("\\[row,col]:\\[(\\d+),(\\d+)]");
    private static final GPX.Reader STRICT = GPX.Reader.of(GPX.Reader.Mode.STRICT);
    private static final GPX.Reader LENIENT = GPX.Reader.of(GPX.Reader.Mode.LENIENT);

    private GpxRouteFile() {
    }

    static RouteDraft read(byte[] file, RouteSettings limits) {
        GPX gpx = parse(file);
        Optional<Track> track = gpx.tracks().findFirst();
        if (track.isPresent()) {
            List<WayPoint> points = track.get().segments().flatMap(TrackSegment::points).toList();
            return new RouteDraft(title(track.get().getName(), gpx), path("the GPX track", points, limits));
        }
        io.jenetics.jpx.Route route = gpx.routes().findFirst().orElseThrow(() -> new InvalidRouteException(
                "the GPX file holds no track (trk) and no route (rte): nothing to make a route of"));
        return new RouteDraft(title(route.getName(), gpx), path("the GPX route", route.getPoints(), limits));
    }

    /**
     * Strictly, so a point with a wrong value is refused rather than dropped; a file that only carries
     * elements GPX does not define (apps write {@code <speed>} in GPX 1.1 points) is read again
     * leniently, ignoring them.
     */
    private static GPX parse(byte[] file) {
        if (!(XMLProvider.provider() instanceof SafeGpxXml)) {
            throw new IllegalStateException("jpx would read GPX with " + XMLProvider.provider().getClass().getName()
                    + ", which may read external entities: META-INF/services/io.jenetics.jpx.XMLProvider is missing");
        }
        try {
            return STRICT.read(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException strict) {
            if (!String.valueOf(strict.getMessage()).contains("Unexpected element")) {
                throw new InvalidRouteException("the file is not valid GPX: " + reason(strict));
            }
        }
        try {
            return LENIENT.read(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw new InvalidRouteException("the file is not valid GPX: " + reason(e));
        }
    }

    /** The parser's reason, without its prefixes, and where in the file when it says. */
    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? "it cannot be read" : e.getMessage().strip();
        if (message.contains("parser event DTD")) {
            return "a DOCTYPE is not allowed (GPX files have none; entities are never read)";
        }
        Matcher location = LOCATION.matcher(message);
        String where = location.find() ? " (line " + location.group(1) + ", column " + location.group(2) + ")" : "";
        String[] lines = message.split("\\R");
        String last = lines[lines.length - 1].replaceFirst("^Message: ", "").replaceFirst("^Invalid GPX: ", "");
        return last + where;
    }

    private static String title(Optional<String> name, GPX gpx) {
        return name.filter(n -> !n.isBlank())
                .or(() -> gpx.getMetadata().flatMap(Metadata::getName).filter(n -> !n.isBlank()))
                .orElse(null);
    }

    private static List<GeoPoint> path(String list, List<WayPoint> points, RouteSettings limits) {
        PathRules.checkCount(list, "points", points.size(), limits);
        List<GeoPoint> path = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            WayPoint point = points.get(i);
            path.add(PathRules.point(list + " point " + i, point.getLatitude().doubleValue(),
                    point.getLongitude().doubleValue()));
        }
        return path;
    }
}
