from servicekit.service import serve

from marketplace_service.service import SERVICE

serve(SERVICE)
