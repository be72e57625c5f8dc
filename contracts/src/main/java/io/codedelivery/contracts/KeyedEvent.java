package io.codedelivery.contracts;

/** An event whose records are keyed by one of its own fields, so that all events of one thing stay in order. */
public interface KeyedEvent {

    /** The record key: the value of {@link #keyField()}. */
    String key();

    /** The name of the field the key comes from, for reasons given to people. */
    String keyField();
}
