export const id = 193;
export const ids = [193];
export const modules = {

/***/ 17193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71812);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65158);
/* harmony import */ var _local_stack_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56598);
/* harmony import */ var _local_supervisor_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99390);
/* harmony import */ var _local_process_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81667);
/**
 * The local target: the model server as a process on this machine, behind a proxy that does canary
 * weights and shadow mirroring (see local/stack.ts). Used by the demo and by pull-request smoke tests.
 *
 * Lifetime: by default (keep-running: false) the step starts the deploy, verifies it and stops it
 * again when it ends: what a CI smoke test wants. With keep-running: true the proxy and servers
 * run in a detached process that outlives the step, so later steps of the job can promote, roll
 * back or stop it (`action: stop`); they find it by its port (target-options `port`, or the `url`
 * input), and read its state from its admin API. The runner ends it with the job at the latest.
 *
 * target-options: `port` (the proxy's port; default a free one).
 */







const STRATEGIES = ['all-at-once', 'canary', 'shadow'];
function portOf(settings) {
    const raw = settings.options['port'];
    if (raw !== undefined) {
        const port = Number(raw);
        if (!Number.isInteger(port) || port < 1 || port > 65535)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('target-options', `port must be a port number, got "${raw}"`);
        return port;
    }
    if (settings.url) {
        const url = new URL(settings.url);
        if (url.port)
            return Number(url.port);
    }
    return undefined;
}
function served(info) {
    return info ? { version: info.version, endpoint: { url: info.url } } : undefined;
}
class LocalTarget {
    name = 'local';
    strategies = STRATEGIES;
    settings;
    keepRunning;
    port;
    /** A stack this process started and must stop when the step ends. */
    ownStack;
    constructor(settings) {
        this.settings = settings;
        for (const key of Object.keys(settings.options)) {
            if (key !== 'port')
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('target-options', `has "${key}", which local does not know; it reads port`);
        }
        this.keepRunning = settings.keepRunning === true;
        this.port = portOf(settings);
    }
    get adminUrl() {
        return `http://127.0.0.1:${this.port}${_local_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .ADMIN_PREFIX */ .L$}`;
    }
    async call(path, body, signal) {
        const response = await fetch(`${this.adminUrl}${path}`, {
            method: body === undefined ? 'GET' : 'POST',
            headers: { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal,
        });
        const data = (await response.json());
        if (!response.ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployFailure */ .Qt(`The local deploy refused ${path.slice(1)}: ${data.error ?? response.status}`);
        return data;
    }
    /** The running deploy's state, or undefined when nothing listens on the port. */
    async read(signal) {
        if (this.port === undefined)
            return undefined;
        try {
            return await this.call('/state', undefined, signal);
        }
        catch (error) {
            if (error.cause?.code === 'ECONNREFUSED')
                return undefined;
            throw error;
        }
    }
    toState(stack) {
        if (!stack)
            return { traffic: 0 };
        return {
            stable: served(stack.stable),
            candidate: stack.candidate ? { ...served(stack.candidate), strategy: stack.candidate.strategy } : undefined,
            traffic: stack.traffic,
            previous: stack.previous?.version,
            service: { url: stack.url },
            details: { port: new URL(stack.url).port },
        };
    }
    async preflight(ctx) {
        const stack = await this.read(ctx.signal);
        if (stack)
            ctx.log.info(`Local deploy on ${stack.url}: ${stack.stable ? `${stack.stable.version} serving` : 'nothing serving'}${stack.candidate ? `, ${stack.candidate.strategy} ${stack.candidate.version} at ${stack.traffic}%` : ''}`);
        return this.toState(stack);
    }
    check(request) {
        if (!request.command)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('command', 'is required for target local: the command that starts the model server (it gets PORT)');
    }
    async plan(request, state, ctx) {
        this.check(request);
        if (!state.service) {
            ctx.plan.record({
                call: this.keepRunning ? 'spawn (detached)' : 'listen',
                resource: `proxy on 127.0.0.1:${this.port ?? '<free port>'}`,
                purpose: this.keepRunning ? 'start the local deploy in its own process, kept after the step' : 'start the proxy for this step',
            });
        }
        const side = (request.strategy === 'canary' || request.strategy === 'shadow') && state.stable;
        ctx.plan.record({
            call: 'spawn',
            resource: `${request.command} (PORT=<free port>)`,
            purpose: side ? `start ${request.version} as ${request.strategy} beside ${state.stable.version}` : `start ${request.version}${state.stable ? `, then stop ${state.stable.version}` : ''}`,
            body: { version: request.version, command: request.command, env: request.env, healthPath: request.healthPath },
        });
        if (side) {
            ctx.plan.record({ call: 'POST', resource: `${_local_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .ADMIN_PREFIX */ .L$}/traffic`, purpose: `${request.strategy === 'shadow' ? 'mirror' : 'route'} ${request.traffic}% of requests to ${request.version}` });
        }
    }
    async ensureStack(ctx) {
        if (await this.read(ctx.signal))
            return;
        if (!this.keepRunning) {
            this.ownStack = new _local_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalStack */ .EB(this.settings.workspace);
            const url = await this.ownStack.listen(this.port ?? 0);
            this.port = Number(new URL(url).port);
            ctx.log.info(`Local proxy on ${url} (stops when this step ends; keep-running: true keeps it)`);
            return;
        }
        // The supervisor is this same bundle, started detached with a marker variable (see action.ts).
        const port = this.port ?? (await (0,_local_process_js__WEBPACK_IMPORTED_MODULE_6__/* .freePort */ .o)());
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [process.argv[1]], {
            detached: true,
            stdio: 'ignore',
            cwd: this.settings.workspace,
            env: { ...process.env, [_local_supervisor_js__WEBPACK_IMPORTED_MODULE_5__/* .SUPERVISOR_VARIABLE */ .c]: JSON.stringify({ port, cwd: this.settings.workspace }) },
        });
        let exitCode;
        child.on('exit', (code) => (exitCode = code));
        child.unref();
        this.port = port;
        const url = `http://127.0.0.1:${port}`;
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(ctx, `the local deploy process to listen on ${url}`, async () => {
            if (exitCode !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployFailure */ .Qt(`The local deploy process exited (${exitCode}) before it listened on ${url}`);
            return (await this.read(ctx.signal)) ? { done: true, value: undefined } : { done: false, status: 'not listening yet' };
        }, { intervalMs: 50 });
        ctx.log.info(`Local deploy running on ${url} (pid ${child.pid}); it outlives this step: stop it with action: stop`);
    }
    release(stack, version, strategy) {
        const info = stack.candidate?.version === version ? stack.candidate : stack.stable;
        const side = stack.candidate?.version === version;
        return {
            version,
            strategy: side ? stack.candidate.strategy : strategy === 'canary' || strategy === 'shadow' ? 'all-at-once' : strategy,
            traffic: side ? stack.traffic : 100,
            candidate: info ? { url: info.url } : undefined,
            service: { url: stack.url },
            details: { port: new URL(stack.url).port },
        };
    }
    async deploy(request, state, ctx) {
        this.check(request);
        await this.ensureStack(ctx);
        if ((request.strategy === 'canary' || request.strategy === 'shadow') && !state.stable) {
            ctx.log.info(`Nothing serves yet, so ${request.version} starts as the first version with all traffic (no ${request.strategy})`);
        }
        const stack = await this.call('/deploy', {
            version: request.version,
            command: request.command,
            env: request.env,
            healthPath: request.healthPath,
            strategy: request.strategy,
        });
        return this.release(stack, request.version, request.strategy);
    }
    async waitHealthy(release, ctx) {
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(ctx, `${release.version} to answer its health check`, async () => {
            const stack = await this.call('/state', undefined, ctx.signal);
            const info = stack.candidate?.version === release.version ? stack.candidate : stack.stable?.version === release.version ? stack.stable : undefined;
            if (!info)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployFailure */ .Qt(`${release.version} is not running in the local deploy`);
            if (info.exit) {
                const causes = info.output.map((line) => ({ level: 'error', source: `process ${info.version}`, message: line }));
                for (const cause of causes)
                    ctx.log.event(cause);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeployFailure */ .Qt(`${info.version} exited (code ${info.exit.code ?? info.exit.signal}) before it was healthy`, [
                    ...causes,
                    { level: 'error', source: `process ${info.version}`, reason: 'Exited', message: `\`${info.command}\` exited with ${info.exit.code ?? info.exit.signal}` },
                ]);
            }
            try {
                const response = await fetch(`${info.url}${info.healthPath}`, { signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(2000)]) });
                await response.body?.cancel();
                if (response.ok)
                    return { done: true, value: undefined };
                return { done: false, status: `health check answered ${response.status}` };
            }
            catch (error) {
                return { done: false, status: `health check: ${error.cause?.code ?? error.message}` };
            }
        });
    }
    async shiftTraffic(release, percent, ctx) {
        const stack = await this.call('/traffic', { percent }, ctx.signal);
        return this.release(stack, release.version, release.strategy);
    }
    async promote(state, ctx) {
        const stack = await this.call('/promote', {}, ctx.signal);
        return this.release(stack, state.candidate.version, 'all-at-once');
    }
    async rollback(state, ctx) {
        if (!state.service)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`No local deploy is running${this.port ? ` on port ${this.port}` : ''}: nothing to roll back`);
        if (!state.candidate && !state.previous)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Nothing to roll back to: ${state.stable?.version ?? 'nothing'} is the only version this local deploy has run`);
        const stack = await this.call('/rollback', {}, ctx.signal);
        return this.release(stack, stack.stable.version, 'all-at-once');
    }
    async stop(state, ctx) {
        if (!state.service)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`No local deploy is running${this.port ? ` on port ${this.port}` : ' (give target-options port: or url:)'}: nothing to stop`);
        await this.call('/stop', {}, ctx.signal);
        ctx.log.info(`Stopped the local deploy on ${state.service.url}`);
    }
    async close() {
        await this.ownStack?.stop();
    }
}
const create = (settings) => new LocalTarget(settings);
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (create);


/***/ })

};
