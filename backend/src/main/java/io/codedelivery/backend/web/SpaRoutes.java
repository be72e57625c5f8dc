package io.codedelivery.backend.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app's pages other than {@code /}: a hard load (or reload) of one of them gets the
 * single-page app's {@code index.html}, which then shows the page its path names.
 */
@Controller
class SpaRoutes {

    static final String INDEX = "forward:/index.html";

    @GetMapping({"/dashboards", "/dashboards/", "/sign-in", "/sign-in/"})
    String dashboards() {
        return INDEX;
    }

    @GetMapping({"/routes", "/routes/"})
    String routes() {
        return INDEX;
    }

    /** The delivery history; its filters are in the query string, which the page reads. */
    @GetMapping({"/deliveries", "/deliveries/"})
    String deliveries() {
        return INDEX;
    }

    /** A customer's tracking link; the page itself says when the delivery does not exist. */
    @GetMapping({"/track/{deliveryId}", "/track/{deliveryId}/"})
    String tracking() {
        return INDEX;
    }

    /**
     * A driver's link: the page reports the phone's position for one delivery (its token is in the
     * fragment); {@code /drive/} is where the installed app starts.
     */
    @GetMapping({"/drive/{deliveryId}", "/drive/{deliveryId}/", "/drive", "/drive/"})
    String driving() {
        return INDEX;
    }
}
