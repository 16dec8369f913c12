package org.sealroom.relay.metrics;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/** Answers {@code GET /metrics} (Prometheus text) and {@code GET /healthz} ("ok", or 503 while shutting down). */
final class MetricsHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final RelayMetrics metrics;
    private final BooleanSupplier healthy;

    MetricsHttpHandler(RelayMetrics metrics, BooleanSupplier healthy) {
        this.metrics = metrics;
        this.healthy = healthy;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = request.uri().split("\\?", 2)[0];
        FullHttpResponse response;
        if (request.method() != HttpMethod.GET) {
            response = text(HttpResponseStatus.METHOD_NOT_ALLOWED, "only GET\n", "text/plain");
        } else if (path.equals("/metrics")) {
            response = text(HttpResponseStatus.OK, metrics.scrape(), "text/plain; version=0.0.4; charset=utf-8");
        } else if (path.equals("/healthz")) {
            boolean ok = healthy.getAsBoolean();
            response = text(ok ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE,
                    ok ? "ok\n" : "shutting down\n", "text/plain");
        } else {
            response = text(HttpResponseStatus.NOT_FOUND, "try /metrics or /healthz\n", "text/plain");
        }
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private static FullHttpResponse text(HttpResponseStatus status, String body, String contentType) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, "close");
        return response;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
