-- Run by neovim.test.ts: nvim --headless --clean -c "luafile collect-diagnostics.lua"
-- Opens PRFAQ_FILE, starts the PR/FAQ language server (PRFAQ_SERVER) through Neovim's built-in LSP client,
-- waits for its diagnostics and writes what Neovim holds (vim.diagnostic.get) as JSON to PRFAQ_OUT.
local server = assert(os.getenv('PRFAQ_SERVER'), 'PRFAQ_SERVER is not set')
local file = assert(os.getenv('PRFAQ_FILE'), 'PRFAQ_FILE is not set')
local out = assert(os.getenv('PRFAQ_OUT'), 'PRFAQ_OUT is not set')
local timeout = tonumber(os.getenv('PRFAQ_TIMEOUT_MS') or '15000')
-- Optional: a plain Markdown file opened first. The server handles messages in order, so once the PR/FAQ's
-- diagnostics are in, this file's would be too: none must be there.
local other_file = os.getenv('PRFAQ_OTHER_FILE')

local function finish(result, code)
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local other_buf
if other_file then
  vim.cmd('edit ' .. vim.fn.fnameescape(other_file))
  other_buf = vim.api.nvim_get_current_buf()
end
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()

local config = {
  name = 'prfaq',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  settings = { prfaq = { debounceMs = 0 } },
}
-- vim.lsp.start (Neovim 0.8+) finds or starts the client and attaches the buffer; 0.7 needs the two steps.
local client_id
if vim.lsp.start then
  if other_buf then vim.lsp.start(config, { bufnr = other_buf }) end
  client_id = vim.lsp.start(config, { bufnr = buf })
else
  client_id = vim.lsp.start_client(config)
  if client_id and other_buf then vim.lsp.buf_attach_client(other_buf, client_id) end
  if client_id then vim.lsp.buf_attach_client(buf, client_id) end
end
if not client_id then finish({ error = 'the language server did not start' }, 2) return end

local arrived = vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 20)
if not arrived then
  local client = vim.lsp.get_client_by_id(client_id)
  finish({ error = 'no diagnostics within ' .. timeout .. ' ms', filetype = vim.bo[buf].filetype, initialized = client ~= nil and client.initialized == true }, 3)
  return
end

local client = vim.lsp.get_client_by_id(client_id)
finish({
  filetype = vim.bo[buf].filetype,
  serverName = client and client.server_capabilities and client.name or nil,
  serverInfo = client and client.server_info or vim.NIL,
  diagnostics = vim.diagnostic.get(buf),
  otherDiagnostics = other_buf and vim.diagnostic.get(other_buf) or vim.NIL,
}, 0)
