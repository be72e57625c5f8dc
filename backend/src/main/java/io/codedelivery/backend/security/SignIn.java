package io.codedelivery.backend.security;

import io.swagger.v3.oas.annotations.media.Schema;

/** A user name and password of the local user store. */
@Schema(name = "SignIn")
record SignIn(String username, String password) {

    static final int MAX_LENGTH = 200;

    @Override
    public String toString() {
        return "SignIn[username=" + username + ", password=hidden]";
    }
}
