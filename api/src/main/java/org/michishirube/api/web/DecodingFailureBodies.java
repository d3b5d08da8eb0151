package org.michishirube.api.web;

import java.util.HashMap;
import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.michishirube.api.problem.ProblemRenderer;
import org.michishirube.api.problem.ProblemType;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/**
 * Requests the HTTP server cannot even decode (a header block over its 8 KB limit, a request line over 64 KB, a
 * garbled line) are answered by Reactor Netty itself, with a status and an empty body, before any filter of ours
 * runs. This handler sits just after the HTTP codec and gives such answers the problem document every other error has.
 */
@Configuration(proxyBeanMethods = false)
public class DecodingFailureBodies {

    private static final Map<Integer, Problem> PROBLEMS = Map.of(
            400, new Problem(ProblemType.BAD_REQUEST, "The request could not be read as HTTP: its request line or a header is "
                    + "malformed. Characters outside ASCII in the URI must be percent-encoded (画像 as %E7%94%BB%E5%83%8F)."),
            413, new Problem(ProblemType.PAYLOAD_TOO_LARGE, "The request is larger than the service accepts."),
            414, new Problem(ProblemType.URI_TOO_LONG, "The request line is longer than the service accepts ("
                    + RequestLimits.MAX_URI_LENGTH + " characters of path and query)."),
            431, new Problem(ProblemType.HEADERS_TOO_LARGE, "The request's headers are larger than the 8 KB the service accepts; "
                    + "send fewer or shorter headers (a large cookie or token is the usual cause)."));

    private record Problem(ProblemType type, String detail) {
    }

    @Bean
    NettyServerCustomizer problemBodiesForDecodingFailures(ProblemRenderer problems) {
        Map<Integer, byte[]> bodies = new HashMap<>();
        PROBLEMS.forEach((status, p) -> bodies.put(status, problems.unreadRequest(p.type(), p.detail())));
        Filler filler = new Filler(Map.copyOf(bodies));
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "michishirube.problemBodies", filler);
            }
        });
    }

    /** Fills an empty error response of the codec layer; responses with a body (all of the application's) pass as they are. */
    @ChannelHandler.Sharable
    static final class Filler extends ChannelDuplexHandler {

        private final Map<Integer, byte[]> bodies;

        Filler(Map<Integer, byte[]> bodies) {
            this.bodies = bodies;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof FullHttpResponse response && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                    && bodies.containsKey(response.status().code())) {
                byte[] body = bodies.get(response.status().code());
                FullHttpResponse filled = response.replace(Unpooled.wrappedBuffer(body));
                filled.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                        .set(HttpHeaderNames.CONTENT_LENGTH, body.length);
                response.release();
                super.write(ctx, filled, promise);
                return;
            }
            super.write(ctx, msg, promise);
        }
    }
}
