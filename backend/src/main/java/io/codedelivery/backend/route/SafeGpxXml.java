package io.codedelivery.backend.route;

import io.jenetics.jpx.XMLProvider;
import javax.xml.stream.XMLInputFactory;

/**
 * The XML parser jpx reads GPX with (registered in {@code META-INF/services}): it refuses a DTD, so
 * no entity is ever expanded and no external file or URL is ever read (XXE, "billion laughs").
 */
public final class SafeGpxXml extends XMLProvider {

    @Override
    public XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
