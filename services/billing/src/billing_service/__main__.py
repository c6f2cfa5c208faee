from servicekit.service import serve

from billing_service.service import SERVICE

serve(SERVICE)
