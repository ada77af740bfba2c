# syntax=docker/dockerfile:1
# Build stage: the locked dependencies first (cached layer), then the project itself.
FROM python:3.11-slim AS builder
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY bot ./bot
COPY handlers ./handlers
COPY store ./store
RUN uv sync --frozen --no-dev --no-editable

# Runtime stage: only the virtual environment, run as an unprivileged user.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    PTB_TIMEDELTA=true \
    PATH="/app/.venv/bin:$PATH" \
    NEGOBOT_DATABASE_URL="sqlite+aiosqlite:////data/negobot.db" \
    NEGOBOT_HEALTH_PORT=8080
RUN groupadd --system negobot && useradd --system --gid negobot --home /app negobot \
    && mkdir -p /data && chown negobot:negobot /data
COPY --from=builder --chown=negobot:negobot /app/.venv /app/.venv
USER negobot
WORKDIR /app
VOLUME /data
EXPOSE 8080 8443
HEALTHCHECK --interval=60s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4).status != 200)"]
CMD ["negobot", "run"]
